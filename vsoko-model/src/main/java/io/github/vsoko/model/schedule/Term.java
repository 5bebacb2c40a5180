package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A term of the school year (учебный период: четверть, триместр, полугодие) as schedules name it, with the months it
 * runs through by the usual calendar: quarters September–October, November–December, January–March, April–May;
 * trimesters September–November, December–February, March–May; half-years September–December, January–May. A
 * school's own calendar (календарный учебный график) moves the ends by days, never into another month.
 *
 * @param kind {@link PeriodKind#QUARTER}, {@link PeriodKind#TRIMESTER} or {@link PeriodKind#HALF_YEAR}
 * @param number 1 to the kind's {@link PeriodKind#maxNumber()}
 * @since 0.1.0
 */
public record Term(PeriodKind kind, int number) {
  private static final String[] ROMAN = {"I", "II", "III", "IV"};
  private static final Month[][] LAST = {
      {Month.OCTOBER, Month.DECEMBER, Month.MARCH, Month.MAY},
      {Month.NOVEMBER, Month.FEBRUARY, Month.MAY},
      {Month.DECEMBER, Month.MAY}};

  /** Validates the term. */
  public Term {
    Checks.notNull(kind, "kind");
    if (row(kind) < 0) {
      throw new IllegalArgumentException("a term is a quarter, a trimester or a half-year, was " + kind);
    }
    if (number < 1 || number > kind.maxNumber()) {
      throw new IllegalArgumentException("a " + kind.russianName() + " is numbered 1–" + kind.maxNumber() + ", was " + number);
    }
  }

  /** Every term of a kind, in order. */
  public static List<Term> all(PeriodKind kind) {
    List<Term> terms = new ArrayList<>();
    for (int i = 1; i <= kind.maxNumber(); i++) {
      terms.add(new Term(kind, i));
    }
    return terms;
  }

  /** Whether the kind is one of the terms of a school year. */
  public static boolean isTermKind(PeriodKind kind) {
    return row(kind) >= 0;
  }

  private static int row(PeriodKind kind) {
    return switch (kind) {
      case QUARTER -> 0;
      case TRIMESTER -> 1;
      case HALF_YEAR -> 2;
      default -> -1;
    };
  }

  /** The month the term ends in. */
  public Month lastMonth() {
    return LAST[row(kind)][number - 1];
  }

  /** The month the term begins in. */
  public Month firstMonth() {
    return number == 1 ? Month.SEPTEMBER : LAST[row(kind)][number - 2].plus(1);
  }

  /** Whether the term runs through the month (of any year). */
  public boolean contains(Month month) {
    int i = AcademicYear.academicIndex(month);
    return i >= AcademicYear.academicIndex(firstMonth()) && i <= AcademicYear.academicIndex(lastMonth());
  }

  /** The month the term ends in, within an academic year. */
  public YearMonth lastMonth(AcademicYear year) {
    return year.month(lastMonth());
  }

  /** The last days of the months the terms end in, within an academic year, in order: the due dates after terms. */
  static List<java.time.LocalDate> lastDays(List<Term> terms, AcademicYear year) {
    return terms.stream().map(t -> t.lastMonth(year).atEndOfMonth()).toList();
  }

  /** Whether one of the terms ends in the month. */
  static boolean anyEndsIn(List<Term> terms, YearMonth month) {
    return terms.stream().anyMatch(t -> t.lastMonth() == month.getMonth());
  }

  /** «I четверть». */
  public String format() {
    return ROMAN[number - 1] + " " + kind.russianName();
  }

  /** «I четверти» (after «по окончании»). */
  public String genitive() {
    return ROMAN[number - 1] + " " + genitive(kind);
  }

  /** «четверти», «триместра», «полугодия». */
  static String genitive(PeriodKind kind) {
    return switch (kind) {
      case QUARTER -> "четверти";
      case TRIMESTER -> "триместра";
      default -> "полугодия";
    };
  }
}
