package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Within one term («I полугодие», «в III четверти»): due in every month of the term, by the end of its last month.
 *
 * @param term the term
 * @since 0.1.0
 */
public record InTerm(Term term) implements Schedule {
  /** Validates the schedule. */
  public InTerm {
    Checks.notNull(term, "term");
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear year) {
    return List.of(term.lastMonth(year).atEndOfMonth());
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return term.contains(month.getMonth());
  }

  @Override
  public String format() {
    return term.format().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + term.format().substring(1);
  }
}
