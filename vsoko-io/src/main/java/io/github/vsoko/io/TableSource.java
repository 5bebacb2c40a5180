package io.github.vsoko.io;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/** A workbook or a CSV file seen as named sheets of rows, read as a stream. */
interface TableSource extends AutoCloseable {
  /** The file name used in problems. */
  String file();

  /** Sheet names in order (a CSV file has one, named after the file). */
  List<String> sheets();

  /** The rows of a sheet, streamed; close the stream when done. */
  Stream<TableRow> rows(String sheet) throws IOException;

  @Override
  void close() throws IOException;

  /** Whether the source is a CSV file (sheet names are then not printed in problems). */
  boolean isCsv();
}
