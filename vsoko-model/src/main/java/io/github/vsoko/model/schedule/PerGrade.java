package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Different dates for different grades («Февраль 9-е классы Май 10-е классы»).
 *
 * @param variants the variants, in the order written; their grade ranges must not overlap
 * @since 0.1.0
 */
public record PerGrade(List<GradeSchedule> variants) implements Schedule {
  /** Validates the variants. */
  public PerGrade {
    variants = Checks.nonEmptyList(variants, "per-grade variants");
    for (int i = 0; i < variants.size(); i++) {
      for (int j = i + 1; j < variants.size(); j++) {
        GradeSchedule a = variants.get(i);
        GradeSchedule b = variants.get(j);
        if (a.from().value() <= b.to().value() && b.from().value() <= a.to().value()) {
          throw new IllegalArgumentException(
              "per-grade variants overlap: «" + a.gradesText() + "» and «" + b.gradesText() + "»");
        }
      }
    }
  }

  /** The schedule that applies to {@code grade}, if a variant covers it. */
  public Optional<Schedule> forGrade(Grade grade) {
    return variants.stream().filter(v -> v.covers(grade)).map(GradeSchedule::schedule).findFirst();
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    List<LocalDate> dates = new ArrayList<>();
    variants.forEach(v -> dates.addAll(v.schedule().dueDates(year)));
    return dates.stream().distinct().sorted().toList();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return variants.stream().anyMatch(v -> v.schedule().isDueIn(month));
  }

  @Override
  public String format() {
    List<String> parts = new ArrayList<>();
    for (GradeSchedule v : variants) {
      String text = v.schedule().format();
      parts.add((parts.isEmpty() ? Text.capitalize(text) : Text.decapitalize(text)) + " " + v.gradesText());
    }
    return String.join(", ", parts);
  }
}
