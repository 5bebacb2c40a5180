package io.github.vsoko.io;

import java.util.List;

/** One row of a table source: its number as Excel shows it, and its cells as text ("" when empty). */
record TableRow(int number, List<String> cells) {
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  boolean isBlank() {
    for (String cell : cells) { // per row of every table: a loop, not a stream
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
