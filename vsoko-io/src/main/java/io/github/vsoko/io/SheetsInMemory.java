package io.github.vsoko.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A table source read whole into memory as it is opened (an HTML page, a Word document): named sheets of rows in the
 * order they were found, nothing held open.
 */
abstract class SheetsInMemory implements TableSource {
  private final String file;
  /** The sheets, filled by the reader's constructor in document order. */
  protected final Map<String, List<TableRow>> sheets = new LinkedHashMap<>();

  SheetsInMemory(String file) {
    this.file = file;
  }

  @Override
  public final String file() {
    return file;
  }

  @Override
  public final List<String> sheets() {
    return List.copyOf(sheets.keySet());
  }

  @Override
  public final Stream<TableRow> rows(String sheet) {
    List<TableRow> rows = sheets.get(sheet);
    if (rows == null) {
      throw new IllegalArgumentException("no sheet " + sheet);
    }
    return rows.stream();
  }

  @Override
  public final void close() {
    // nothing held open
  }

  @Override
  public final boolean isCsv() {
    return false;
  }
}
