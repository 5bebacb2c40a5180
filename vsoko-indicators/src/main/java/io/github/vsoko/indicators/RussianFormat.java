package io.github.vsoko.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Numbers, percentages and dates written the Russian way (русская запись чисел и дат) — the one formatter of the
 * project: decimal comma, no grouping, rounding half up only when printing, «нет данных» for a missing value,
 * dates «31.12.2024».
 *
 * @since 0.1.0
 */
public final class RussianFormat {
  /** What a value that the data do not have prints as. */
  public static final String NO_DATA = "нет данных";

  /** «31.12.2024», strict: 30.02 is not a date. */
  public static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private RussianFormat() {}

  /** «12,5»: the number at its own scale with a decimal comma. */
  public static String number(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
  }

  /** «45,2» from 45.15 at scale 1: half up, decimal comma. */
  public static String decimal(BigDecimal value, int scale) {
    return number(round(value, scale));
  }

  /** The value rounded half up to {@code scale} places. */
  public static BigDecimal round(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.HALF_UP);
  }

  /** The value rounded half up to {@code scale} places. */
  public static BigDecimal round(double value, int scale) {
    return round(BigDecimal.valueOf(value), scale);
  }

  /** An optional value rounded, or empty. */
  public static Optional<BigDecimal> round(OptionalDouble value, int scale) {
    return value.isPresent() ? Optional.of(round(value.getAsDouble(), scale)) : Optional.empty();
  }

  /** «45,2», or {@link #NO_DATA}. */
  public static String decimal(OptionalDouble value, int scale) {
    return round(value, scale).map(RussianFormat::number).orElse(NO_DATA);
  }

  /** {@code part} of {@code total} in percent rounded half up to {@code scale} places; empty for a zero total. */
  public static Optional<BigDecimal> percent(long part, long total, int scale) {
    return total == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), scale,
            RoundingMode.HALF_UP));
  }

  /**
   * The noun agreeing with a number as Russian agrees it: {@code plural(1, "участник", "участника", "участников")} is
   * «участник», 2–4 (but 12–14) «участника», otherwise «участников» — 21 участник, 22 участника, 111 участников.
   */
  public static String plural(long n, String one, String few, String many) {
    long lastTwo = Math.abs(n) % 100;
    long last = Math.abs(n) % 10;
    if (lastTwo >= 11 && lastTwo <= 14) {
      return many;
    }
    return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
  }

  /** «71 участник», «3 участника». */
  public static String count(long n, String one, String few, String many) {
    return n + " " + plural(n, one, few, many);
  }

  /** «31.12.2024». */
  public static String date(LocalDate date) {
    return date.format(DATE_FORMAT);
  }

  /**
   * A date written «31.12.2024» or «2024-12-31».
   *
   * @throws IllegalArgumentException naming the text when it is neither, or not a real date («30.02.2025»)
   */
  public static LocalDate parseDate(String text) {
    try {
      return text.contains(".") ? LocalDate.parse(text.strip(), DATE_FORMAT) : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("ожидается дата ДД.ММ.ГГГГ, получено «" + text + "»", e);
    }
  }
}
