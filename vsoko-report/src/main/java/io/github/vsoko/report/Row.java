package io.github.vsoko.report;

import java.util.List;
import java.util.Objects;

/**
 * A table row (строка таблицы).
 *
 * @param cells the cells, merged cells counting once
 * @param kind ordinary or a heading row
 * @param indent nesting level of the row's title («в том числе» rows are 1, their parts 2)
 * @since 0.1.0
 */
public record Row(List<Cell> cells, RowKind kind, int indent) {
  /** Validates and copies. */
  public Row {
    cells = List.copyOf(cells);
    Objects.requireNonNull(kind, "kind");
    if (indent < 0) {
      throw new IllegalArgumentException("indent must not be negative, was " + indent);
    }
  }

  /** An ordinary row of text cells. */
  public static Row of(String... texts) {
    return new Row(java.util.Arrays.stream(texts).map(Cell::text).toList(), RowKind.NORMAL, 0);
  }

  /** An ordinary row. */
  public static Row of(List<Cell> cells) {
    return new Row(cells, RowKind.NORMAL, 0);
  }

  /** A heading row spanning the given number of columns. */
  public static Row section(String text, int columns) {
    return new Row(List.of(Cell.text(text).spanning(columns)), RowKind.SECTION, 0);
  }

  /** The number of columns the row covers. */
  public int width() {
    return cells.stream().mapToInt(Cell::colspan).sum();
  }
}
