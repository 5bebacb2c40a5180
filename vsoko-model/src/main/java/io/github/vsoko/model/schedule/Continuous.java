package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Work that goes on through the year («В течение года», «постоянно», «ежегодно»,
 * «в течение 2024-2025 учебного года»).
 *
 * @param kind which of the forms
 * @param year the one academic year it applies to, for «в течение 2024-2025 учебного года»
 * @since 0.1.0
 */
public record Continuous(ContinuousKind kind, Optional<AcademicYear> year) implements Schedule {
  /** Validates the schedule. */
  public Continuous {
    Checks.notNull(kind, "kind");
    Checks.notNull(year, "year");
    if (year.isPresent() && kind != ContinuousKind.THROUGHOUT_YEAR) {
      throw new IllegalArgumentException("only «в течение учебного года» may name an academic year, not " + kind);
    }
  }

  /** A schedule of the given kind for every year. */
  public static Continuous of(ContinuousKind kind) {
    return new Continuous(kind, Optional.empty());
  }

  private boolean appliesTo(AcademicYear academicYear) {
    return year.map(academicYear::equals).orElse(true);
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear academicYear) {
    if (kind == ContinuousKind.PERMANENT || !appliesTo(academicYear)) {
      return List.of();
    }
    return List.of(academicYear.end());
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return appliesTo(AcademicYear.of(month.atDay(1)));
  }

  @Override
  public String format() {
    return switch (kind) {
      case PERMANENT -> "Постоянно";
      case ANNUAL -> "Ежегодно";
      case THROUGHOUT_YEAR -> year.map(y -> "В течение " + y + " учебного года").orElse("В течение учебного года");
    };
  }
}
