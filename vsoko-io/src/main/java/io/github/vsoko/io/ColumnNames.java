package io.github.vsoko.io;

/** Excel column letters. */
final class ColumnNames {
  private ColumnNames() {}

  /** 0 → «A», 25 → «Z», 26 → «AA». */
  static String letter(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }
}
