package io.github.vsoko.report;

import java.util.List;
import java.util.Objects;

/**
 * A table (таблица) with header rows and body rows; every row covers the same number of columns.
 *
 * @param id a short latin id, used for CSV file names and JSON keys («indicators», «plan»)
 * @param caption the caption printed above the table
 * @param header header rows (usually one)
 * @param rows body rows
 * @param widths relative column widths (one per column), used by XLSX, DOCX and PDF
 * @since 0.1.0
 */
public record Table(String id, String caption, List<Row> header, List<Row> rows, List<Integer> widths) implements Block {
  /** Validates and copies. */
  public Table {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("table id must be lower-case latin words joined by «-», was «" + id + "»");
    }
    Objects.requireNonNull(caption, "caption");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    widths = List.copyOf(widths);
    if (header.isEmpty()) {
      throw new IllegalArgumentException("table «" + caption + "» has no header row");
    }
    int columns = widths.size();
    for (Row r : header) {
      check(r, columns, caption);
    }
    for (Row r : rows) {
      check(r, columns, caption);
    }
  }

  private static void check(Row row, int columns, String caption) {
    if (row.width() != columns) {
      throw new IllegalArgumentException("table «" + caption + "»: a row covers " + row.width() + " columns, the table has "
          + columns + ": " + row.cells().stream().map(Cell::text).toList());
    }
  }

  /** The number of columns. */
  public int columns() {
    return widths.size();
  }
}
