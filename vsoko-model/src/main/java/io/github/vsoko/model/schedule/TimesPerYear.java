package io.github.vsoko.model.schedule;

import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A number of times a year («2 раза в год», «4 раза в год»): due by the end of each half-year (2), trimester (3) or
 * quarter (4), as {@link Term} places them.
 *
 * @param times 2, 3 or 4
 * @since 0.1.0
 */
public record TimesPerYear(int times) implements Schedule {
  /** Validates the schedule. */
  public TimesPerYear {
    if (times < 2 || times > 4) {
      throw new IllegalArgumentException("«раза в год» is read for 2, 3 or 4 times, was " + times);
    }
  }

  private List<Term> terms() {
    return Term.all(times == 2 ? PeriodKind.HALF_YEAR : times == 3 ? PeriodKind.TRIMESTER : PeriodKind.QUARTER);
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return Term.lastDays(terms(), year);
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return Term.anyEndsIn(terms(), month);
  }

  @Override
  public String format() {
    return times + " раза в год";
  }
}
