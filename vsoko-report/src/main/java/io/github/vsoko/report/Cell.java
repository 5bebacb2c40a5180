package io.github.vsoko.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A table cell (ячейка): the text as printed and, for numbers, the exact number behind it.
 *
 * @param text the text as printed («312 человек / 45 %», «н/д»)
 * @param number the number a spreadsheet stores, if the cell is one number
 * @param kind what the number is
 * @param colspan how many columns the cell spans (merged cells)
 * @since 0.1.0
 */
public record Cell(String text, Optional<BigDecimal> number, CellKind kind, int colspan) {
  /** Validates. */
  public Cell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(kind, "kind");
    if ((kind == CellKind.TEXT) != number.isEmpty()) {
      throw new IllegalArgumentException("a text cell has no number and a number cell has one: «" + text + "»");
    }
    if (colspan < 1) {
      throw new IllegalArgumentException("colspan must be at least 1, was " + colspan);
    }
  }

  /** A text cell. */
  public static Cell text(String text) {
    return new Cell(text, Optional.empty(), CellKind.TEXT, 1);
  }

  /** A number cell printed as given. */
  public static Cell number(String text, BigDecimal number, CellKind kind) {
    return new Cell(text, Optional.of(number), kind, 1);
  }

  /** A copy spanning columns. */
  public Cell spanning(int columns) {
    return new Cell(text, number, kind, columns);
  }
}
