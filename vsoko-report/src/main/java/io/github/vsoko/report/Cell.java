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
 * @param count for a share (доля, {@link CellKind#PERCENT}): the number of persons behind the percentage, which a
 *     spreadsheet puts in a column of its own
 * @since 0.1.0
 */
public record Cell(String text, Optional<BigDecimal> number, CellKind kind, int colspan, Optional<Long> count) {
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
    Objects.requireNonNull(count, "count");
    if (count.isPresent() && kind != CellKind.PERCENT) {
      throw new IllegalArgumentException("only a share has a count: «" + text + "»");
    }
  }

  /** A cell without a count. */
  public Cell(String text, Optional<BigDecimal> number, CellKind kind, int colspan) {
    this(text, number, kind, colspan, Optional.empty());
  }

  /**
   * A share printed as given («228 человек / 33 %»), holding its percentage and the count of persons.
   *
   * @param text the text as printed
   * @param count the persons counted (числитель)
   * @param percent the percentage
   */
  public static Cell share(String text, long count, BigDecimal percent) {
    return new Cell(text, Optional.of(percent), CellKind.PERCENT, 1, Optional.of(count));
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
    return new Cell(text, number, kind, columns, count);
  }
}
