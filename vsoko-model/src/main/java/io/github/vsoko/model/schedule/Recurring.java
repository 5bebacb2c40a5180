package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Work repeated through the months of lessons («ежемесячно», «еженедельно»): September to May, every month by its
 * last day or every week by its Sunday. Each of these dates is a deadline of its own.
 *
 * @param frequency how often
 * @since 0.1.0
 */
public record Recurring(Frequency frequency) implements Schedule {
  /** Validates the schedule. */
  public Recurring {
    Checks.notNull(frequency, "frequency");
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    LocalDate last = year.month(Month.MAY).atEndOfMonth();
    List<LocalDate> dates = new ArrayList<>();
    if (frequency == Frequency.MONTHLY) {
      for (YearMonth m = YearMonth.from(year.start()); !m.atEndOfMonth().isAfter(last); m = m.plusMonths(1)) {
        dates.add(m.atEndOfMonth());
      }
    } else {
      for (LocalDate d = year.start().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !d.isAfter(last); d = d.plusWeeks(1)) {
        dates.add(d);
      }
    }
    return dates;
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return AcademicYear.academicIndex(month.getMonth()) <= AcademicYear.academicIndex(Month.MAY);
  }

  @Override
  public String format() {
    return frequency.text();
  }
}
