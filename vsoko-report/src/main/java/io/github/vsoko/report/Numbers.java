package io.github.vsoko.report;

import java.math.BigDecimal;
import io.github.vsoko.indicators.RussianFormat;

/** Number cells as the report builders print them: Russian decimal comma, exact numbers kept. */
final class Numbers {
  private Numbers() {}

  /** A whole-number cell. */
  static Cell integer(long value) {
    return Cell.number(Long.toString(value), BigDecimal.valueOf(value), CellKind.INTEGER);
  }

  /** A decimal cell printed at the number's own scale («12,5»). */
  static Cell decimal(BigDecimal value) {
    return Cell.number(text(value), value, CellKind.DECIMAL);
  }

  /** A decimal cell rounded half up to {@code scale} places. */
  static Cell decimal(double value, int scale) {
    return decimal(RussianFormat.round(value, scale));
  }

  /** A decimal cell rounded half up, or «нет данных». */
  static Cell decimal(java.util.OptionalDouble value, int scale) {
    return value.isPresent() ? decimal(value.getAsDouble(), scale) : Cell.text(RussianFormat.NO_DATA);
  }

  /** A percent cell rounded half up, or «нет данных». */
  static Cell percent(java.util.OptionalDouble value, int scale) {
    return value.isPresent() ? percent(RussianFormat.round(value.getAsDouble(), scale)) : Cell.text(RussianFormat.NO_DATA);
  }

  /** A percent cell of an exact percentage, or «нет данных». */
  static Cell percent(java.util.Optional<BigDecimal> value) {
    return value.map(Numbers::percent).orElseGet(() -> Cell.text(RussianFormat.NO_DATA));
  }

  /** {@code part} of {@code total} in percent, one decimal; 0 for an empty total. */
  static BigDecimal percent(long part, long total) {
    return RussianFormat.percent(part, total, 1).orElse(BigDecimal.ZERO);
  }

  /** A percent cell of an exact percentage («33,3»). */
  static Cell percent(BigDecimal value) {
    return Cell.number(text(value), value, CellKind.PERCENT);
  }

  /** {@code part} of {@code total} as a percent cell, one decimal; «нет данных» for an empty total. */
  static Cell percentCell(long part, long total) {
    return total == 0 ? Cell.text(RussianFormat.NO_DATA) : percent(percent(part, total));
  }

  /** {@code part} of {@code total} as text in a sentence («29,2 %», the sign kept with its number), or «нет данных». */
  static String shareText(long part, long total) {
    return RussianFormat.percent(part, total, 1).map(p -> RussianFormat.number(p) + "\u00a0%").orElse(RussianFormat.NO_DATA);
  }

  /** «12,5». */
  static String text(BigDecimal value) {
    return RussianFormat.number(value);
  }
}
