package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

/**
 * The same day every year («Ежегодно 1 сентября», «25 мая»).
 *
 * @param day the day of the year
 * @since 0.1.0
 */
public record AnnualDate(MonthDay day) implements Schedule {
  /** Validates the day. */
  public AnnualDate {
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
    return "Ежегодно " + ScheduleFormats.dayMonth(day);
  }
}
