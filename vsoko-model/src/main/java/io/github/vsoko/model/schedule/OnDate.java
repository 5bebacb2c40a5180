package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An exact date («15.10.2021 г.»).
 *
 * @param date the day
 * @since 0.1.0
 */
public record OnDate(LocalDate date) implements Schedule {
  /** Validates the date. */
  public OnDate {
    Checks.notNull(date, "date");
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return year.contains(date) ? List.of(date) : List.of();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return YearMonth.from(date).equals(month);
  }

  @Override
  public String format() {
    return ScheduleFormats.date(date);
  }
}
