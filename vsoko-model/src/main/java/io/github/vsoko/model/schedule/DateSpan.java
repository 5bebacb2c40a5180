package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A span of dates («24-30 августа 2022 г.», «с 01.09.2024 по 30.09.2024»); due on its last day.
 *
 * @param from first day
 * @param to last day, after {@code from}
 * @since 0.1.0
 */
public record DateSpan(LocalDate from, LocalDate to) implements Schedule {
  /** Validates the span. */
  public DateSpan {
    Checks.order(from, to, "span start", "span end");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a span of dates must cover more than one day, was " + from);
    }
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return year.contains(to) ? List.of(to) : List.of();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return !month.atEndOfMonth().isBefore(from) && !month.atDay(1).isAfter(to);
  }

  @Override
  public String format() {
    return ScheduleFormats.date(from) + " – " + ScheduleFormats.date(to);
  }
}
