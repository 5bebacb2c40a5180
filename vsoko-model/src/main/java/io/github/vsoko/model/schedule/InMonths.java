package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One or more months («Декабрь, июнь», «Апрель ежегодно», «Ноябрь 2021 г.»); due at the end of each.
 * Without a year the months recur every academic year.
 *
 * @param months distinct months, kept in academic order (September first)
 * @param year the calendar year, when the text names one
 * @since 0.1.0
 */
public record InMonths(List<Month> months, Optional<Year> year) implements Schedule {
  /** Validates and orders the months. */
  public InMonths {
    List<Month> copy = new ArrayList<>(Checks.nonEmptyList(months, "months"));
    if (copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException("months must not repeat, were " + copy);
    }
    copy.sort(Comparator.comparingInt(AcademicYear::academicIndex));
    months = List.copyOf(copy);
    Checks.notNull(year, "year");
  }

  /** Months that recur every year. */
  public static InMonths of(Month... months) {
    return new InMonths(List.of(months), Optional.empty());
  }

  private YearMonth in(AcademicYear academicYear, Month month) {
    return year.map(y -> YearMonth.of(y.getValue(), month)).orElseGet(() -> academicYear.month(month));
  }

  @Override
  public List<LocalDate> dueDates(AcademicYear academicYear) {
    return months.stream()
        .map(m -> in(academicYear, m).atEndOfMonth())
        .filter(academicYear::contains)
        .sorted()
        .toList();
  }

  @Override
  public boolean isDueIn(YearMonth month) {
    return months.contains(month.getMonth()) && year.map(y -> y.getValue() == month.getYear()).orElse(true);
  }

  @Override
  public String format() {
    return ScheduleFormats.months(months) + ScheduleFormats.yearSuffix(year);
  }
}
