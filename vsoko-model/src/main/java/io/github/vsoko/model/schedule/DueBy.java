package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A deadline on a fixed date («до 01.09.2024», «До 01 сентября 2022 г.»); overdue from the next day.
 *
 * @param date the deadline, inclusive
 * @since 0.1.0
 */
public record DueBy(LocalDate date) implements Schedule {
  /** Validates the date. */
  public DueBy {
    Checks.notNull(date, "deadline");
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
    return "До " + ScheduleFormats.date(date);
  }
}
