package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A range of months («Февраль – апрель ежегодно», «Сентябрь – май», «Октябрь – ноябрь 2021 г.»);
 * due at the end of its last month. Without a year the range recurs every academic year and must
 * not cross 31 August — except a range from August («Август – сентябрь»: the August before the year); with a
 * year, the last month is in that year.
 *
 * @param from first month
 * @param to last month
 * @param year the calendar year of the last month, when the text names one
 * @since 0.1.0
 */
public record MonthSpan(Month from, Month to, Optional<Year> year) implements Schedule {
  /** Validates the range. */
  public MonthSpan {
    Checks.notNull(from, "first month");
    Checks.notNull(to, "last month");
    Checks.notNull(year, "year");
    if (from == to) {
      throw new IllegalArgumentException("a range of months needs two different months, was " + from);
    }
    if (year.isEmpty() && from != Month.AUGUST && AcademicYear.academicIndex(from) > AcademicYear.academicIndex(to)) {
      throw new IllegalArgumentException(
          "a yearly range of months must not cross 31 August (only one from August, the start of the year, may), was "
              + from + " – " + to);
    }
  }

  /** A range that recurs every academic year. */
  public static MonthSpan of(Month from, Month to) {
    return new MonthSpan(from, to, Optional.empty());
  }

  /** «Август – сентябрь» every year: the August before the academic year, as plans for the year's start mean. */
  private boolean fromAugustBefore() {
    return year.isEmpty() && from == Month.AUGUST;
  }

  private LocalDate start(AcademicYear academicYear) {
    if (fromAugustBefore()) {
      return academicYear.start().minusMonths(1);
    }
    return year.map(y -> YearMonth.of(from.getValue() <= to.getValue() ? y.getValue() : y.getValue() - 1, from))
        .orElseGet(() -> academicYear.month(from))
        .atDay(1);
  }

  private LocalDate end(AcademicYear academicYear) {
    return year.map(y -> YearMonth.of(y.getValue(), to)).orElseGet(() -> academicYear.month(to)).atEndOfMonth();
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear academicYear) {
    LocalDate end = end(academicYear);
    return academicYear.contains(end) ? List.of(end) : List.of();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    AcademicYear academicYear = AcademicYear.of(month.atDay(1));
    return within(month, academicYear) || (fromAugustBefore() && within(month, academicYear.next()));
  }

  private boolean within(YearMonth month, AcademicYear academicYear) {
    return !month.atDay(1).isBefore(start(academicYear)) && !month.atEndOfMonth().isAfter(end(academicYear));
  }

  @Override
  public String format() {
    return ScheduleFormats.monthSpan(from, to) + ScheduleFormats.yearSuffix(year);
  }
}
