package io.github.vsoko.model.time;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year (учебный год): 1 September of {@code startYear} to 31 August of the next year,
 * printed «2024/2025».
 *
 * @param startYear the calendar year in which the academic year begins
 * @since 0.1.0
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {
  private static final Pattern TEXT =
      Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})(?:\\s*(?:уч\\.?|учебный)?\\s*(?:г\\.?|год|гг\\.?)?)?");

  /** Validates the year. */
  public AcademicYear {
    Checks.range(startYear, 1900, 2999, "academic year start");
  }

  /** The academic year that contains {@code date}. */
  public static AcademicYear of(LocalDate date) {
    Checks.notNull(date, "date");
    return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
  }

  /** The academic year that starts in September of {@code startYear}. */
  public static AcademicYear starting(int startYear) {
    return new AcademicYear(startYear);
  }

  /**
   * Parses «2024/2025», «2024-2025», «2024–2025», «2024/25» and «2024/2025 учебный год».
   *
   * @throws IllegalArgumentException naming the text if it is not an academic year
   */
  public static AcademicYear parse(String text) {
    Checks.notNull(text, "academic year text");
    String s = Text.unifyDashes(Text.collapseWhitespace(text));
    Matcher m = TEXT.matcher(Text.fold(s));
    if (!m.matches()) {
      throw new IllegalArgumentException("academic year must look like «2024/2025», was «" + text + "»");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if (m.group(2).length() == 2) {
      end = start / 100 * 100 + end;
    }
    if (end != start + 1) {
      throw new IllegalArgumentException(
          "academic year must span two consecutive years, was «" + text + "»");
    }
    return new AcademicYear(start);
  }

  /** The calendar year in which the academic year ends. */
  public int endYear() {
    return startYear + 1;
  }

  /** 1 September of the start year. */
  public LocalDate start() {
    return LocalDate.of(startYear, 9, 1);
  }

  /** 31 August of the end year. */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, 8, 31);
  }

  /** Whether {@code date} falls inside the academic year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The month of this academic year with the given name: September–December in the start year, else the end year. */
  public YearMonth month(Month month) {
    return YearMonth.of(month.getValue() >= 9 ? startYear : startYear + 1, month);
  }

  /** The twelve months in academic order, September first. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(12);
    for (YearMonth m = YearMonth.of(startYear, 9); months.size() < 12; m = m.plusMonths(1)) {
      months.add(m);
    }
    return List.copyOf(months);
  }

  /** The academic year after this one. */
  public AcademicYear next() {
    return new AcademicYear(startYear + 1);
  }

  /** The academic year before this one. */
  public AcademicYear previous() {
    return new AcademicYear(startYear - 1);
  }

  /** Position of a month in academic order: September is 0, August is 11. */
  public static int academicIndex(Month month) {
    return (month.getValue() + 3) % 12;
  }

  @Override
  public int compareTo(AcademicYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** «2024/2025». */
  @Override
  public String toString() {
    return startYear + "/" + (startYear + 1);
  }
}
