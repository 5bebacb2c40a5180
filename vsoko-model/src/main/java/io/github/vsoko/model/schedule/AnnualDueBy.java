package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

/**
 * A yearly deadline («Ежегодно до 30 ноября»).
 *
 * @param day the deadline's day of the year, inclusive
 * @since 0.1.0
 */
public record AnnualDueBy(MonthDay day) implements Schedule {
  /** Validates the day. */
  public AnnualDueBy {
    Checks.notNull(day, "day");
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return List.of(ScheduleFormats.inYear(day, year));
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return month.getMonth() == day.getMonth();
  }

  @Override
  public String format() {
    return "Ежегодно до " + ScheduleFormats.dayMonth(day);
  }
}
