package io.github.vsoko.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared strings of a workbook («xl/sharedStrings.xml», общие строки), read from their part only as far as the cells
 * asked for need: recognising a layout from a sheet's first rows reads a few, an import all of them, once.
 */
final class SharedStrings implements AutoCloseable {
  private final List<String> strings = new ArrayList<>();
  private final SheetXmlScanner scanner;
  private boolean done;

  private SharedStrings(SheetXmlScanner scanner) {
    this.scanner = scanner;
    this.done = scanner == null;
  }

  /** A workbook without shared strings. */
  static SharedStrings none() {
    return new SharedStrings(null);
  }

  /** The strings of the part streamed by {@code in}. */
  static SharedStrings of(InputStream in, String file, String part) {
    return new SharedStrings(SheetXmlScanner.forSharedStrings(in, file, part));
  }

  /** The string at {@code index}, stripped as cells are; null when the table has fewer. */
  String get(int index) throws IOException {
    while (index >= strings.size() && !done) {
      String next = scanner.nextSharedString();
      if (next == null) {
        done = true;
        scanner.close();
      } else {
        strings.add(next);
      }
    }
    return index < strings.size() ? strings.get(index) : null;
  }

  /** How many strings the table holds (read to its end). */
  int count() throws IOException {
    get(Integer.MAX_VALUE - 1);
    return strings.size();
  }

  @Override
  public void close() throws IOException {
    if (scanner != null) {
      scanner.close();
    }
  }
}
