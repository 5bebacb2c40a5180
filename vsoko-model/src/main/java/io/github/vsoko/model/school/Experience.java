package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.time.Period;

/**
 * Length of pedagogical service (педагогический стаж) as known on a date; it grows day by day after.
 *
 * @param years full years on {@code asOf}
 * @param months further full months on {@code asOf}, 0–11
 * @param asOf the date the length was recorded
 * @since 0.1.0
 */
public record Experience(int years, int months, LocalDate asOf) {
  /** Validates the length. */
  public Experience {
    Checks.range(years, 0, 80, "experience years");
    Checks.range(months, 0, 11, "experience months");
    Checks.notNull(asOf, "experience date");
  }

  /** The length on {@code date}, counting on (or back) from when it was recorded. */
  public Period on(LocalDate date) {
    LocalDate start = asOf.minusYears(years).minusMonths(months);
    if (date.isBefore(start)) {
      return Period.ZERO;
    }
    return Period.between(start, date).normalized();
  }

  /** Whole years of service on {@code date}. */
  public int yearsOn(LocalDate date) {
    return on(date).getYears();
  }
}
