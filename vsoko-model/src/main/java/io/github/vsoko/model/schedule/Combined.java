package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Several deadlines in one cell («октябрь-ноябрь, март-апрель», «до 20 апреля, до 1 сентября»): due on the dates of
 * every part, each judged on its own. A list of plain months is an {@link InMonths} instead.
 *
 * @param parts two or more dated schedules, each written without a list of its own, not all of them months
 * @since 0.1.0
 */
public record Combined(List<Schedule> parts) implements Schedule {
  /** Validates the parts. */
  public Combined {
    parts = Checks.nonEmptyList(parts, "parts");
    if (parts.size() < 2) {
      throw new IllegalArgumentException("several deadlines need at least two parts, were " + parts);
    }
    for (Schedule p : parts) {
      if (!(p instanceof OnDate || p instanceof DateSpan || p instanceof DueBy || p instanceof AnnualDate
          || p instanceof AnnualDueBy || p instanceof InMonths || p instanceof MonthSpan || p instanceof AfterTerm
          || p instanceof InTerm || p instanceof Recurring || p instanceof TimesPerYear)) {
        throw new IllegalArgumentException("a part of several deadlines must be a date, a month or a term, was «"
            + p.format() + "»");
      }
      if (p.format().contains(",")) {
        throw new IllegalArgumentException("a part of several deadlines must not be a list itself, was «" + p.format() + "»");
      }
    }
    if (parts.stream().allMatch(p -> p instanceof InMonths)) {
      throw new IllegalArgumentException("a list of months is one schedule of months, was " + parts);
    }
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return parts.stream().flatMap(p -> p.dueDates(year).stream()).distinct().sorted().toList();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return parts.stream().anyMatch(p -> p.isDueIn(month));
  }

  @Override
  public String format() {
    StringBuilder b = new StringBuilder(parts.get(0).format());
    for (Schedule p : parts.subList(1, parts.size())) {
      b.append(", ").append(p instanceof InTerm ? p.format() : Text.decapitalize(p.format()));
    }
    return b.toString();
  }
}
