package io.github.vsoko.model.time;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A reporting period (отчётный период): a span of dates of some kind, its ordinal number within
 * the year for terms, and the date stock values are taken at ({@code asOfDate}).
 *
 * @param kind what sort of period it is
 * @param number 1-based number of a term within its academic year (1 for whole years and custom spans)
 * @param start first day, inclusive
 * @param end last day, inclusive
 * @param asOfDate the date on which stock values (contingent, staff, equipment) are counted
 * @since 0.1.0
 */
public record ReportingPeriod(PeriodKind kind, int number, LocalDate start, LocalDate end, LocalDate asOfDate) {

  /** Validates the period. */
  public ReportingPeriod {
    Checks.notNull(kind, "period kind");
    Checks.range(number, 1, kind.maxNumber(), kind.russianName() + " number");
    Checks.order(start, end, "period start", "period end");
    Checks.notNull(asOfDate, "asOfDate");
    if (asOfDate.isBefore(start) || asOfDate.isAfter(end)) {
      throw new IllegalArgumentException(
          "asOfDate (" + asOfDate + ") must lie within the period " + start + " – " + end);
    }
  }

  /** A calendar year, 1 January – 31 December, as of 31 December: the self-assessment default. */
  public static ReportingPeriod calendarYear(int year) {
    return new ReportingPeriod(
        PeriodKind.CALENDAR_YEAR, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31));
  }

  /** A whole academic year, as of its last day. */
  public static ReportingPeriod academicYear(AcademicYear year) {
    return new ReportingPeriod(PeriodKind.ACADEMIC_YEAR, 1, year.start(), year.end(), year.end());
  }

  /** A term (четверть, триместр, полугодие) with the dates the school set for it. */
  public static ReportingPeriod term(PeriodKind kind, int number, LocalDate start, LocalDate end) {
    if (kind != PeriodKind.HALF_YEAR && kind != PeriodKind.QUARTER && kind != PeriodKind.TRIMESTER) {
      throw new IllegalArgumentException("a term must be a half-year, quarter or trimester, was " + kind);
    }
    return new ReportingPeriod(kind, number, start, end, end);
  }

  /** Any span of dates. */
  public static ReportingPeriod custom(LocalDate start, LocalDate end) {
    return new ReportingPeriod(PeriodKind.CUSTOM, 1, start, end, end);
  }

  /** The same period with stock values counted on another date. */
  public ReportingPeriod withAsOfDate(LocalDate date) {
    return new ReportingPeriod(kind, number, start, end, date);
  }

  /** Whether {@code date} falls inside the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** The academic year the period starts in. */
  public AcademicYear academicYear() {
    return AcademicYear.of(start);
  }

  /** A Russian label: «2024 год», «2024/2025 учебный год», «2 четверть 2024/2025 учебного года». */
  public String label() {
    return switch (kind) {
      case CALENDAR_YEAR -> start.getYear() + " год";
      case ACADEMIC_YEAR -> academicYear() + " учебный год";
      case HALF_YEAR, QUARTER, TRIMESTER ->
          String.format(Locale.ROOT, "%d %s %s учебного года", number, kind.russianName(), academicYear());
      case CUSTOM -> String.format(Locale.ROOT, "с %1$td.%1$tm.%1$tY по %2$td.%2$tm.%2$tY", start, end);
    };
  }
}
