package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Text;
import io.github.vsoko.model.time.RussianMonths;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** Formatting helpers shared by the schedule types. */
final class ScheduleFormats {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private ScheduleFormats() {}

  /** «01.09.2024». */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** «30 ноября». */
  static String dayMonth(MonthDay day) {
    return day.getDayOfMonth() + " " + RussianMonths.genitive(day.getMonth());
  }

  /** «Декабрь, июнь». */
  static String months(Collection<Month> months) {
    return Text.capitalize(months.stream().map(RussianMonths::nominative).collect(Collectors.joining(", ")));
  }

  /** «Февраль – апрель». */
  static String monthSpan(Month from, Month to) {
    return Text.capitalize(RussianMonths.nominative(from)) + " – " + RussianMonths.nominative(to);
  }

  /** « 2021 г.» or nothing. */
  static String yearSuffix(java.util.Optional<java.time.Year> year) {
    return year.map(y -> " " + y.getValue() + " г.").orElse("");
  }

  /** The date within {@code year} that has the given day of the year (29 February becomes 28 February). */
  static LocalDate inYear(MonthDay day, AcademicYear year) {
    return day.atYear(year.month(day.getMonth()).getYear());
  }
}
