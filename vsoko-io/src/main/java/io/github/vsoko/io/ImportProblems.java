package io.github.vsoko.io;

import java.util.Comparator;

/** Orders problems as a reader of the sheet meets them: by row, then by column. */
final class ImportProblems {
  static final Comparator<ImportProblem> IN_SHEET_ORDER = Comparator
      .comparingInt((ImportProblem p) -> p.row().orElse(0))
      .thenComparingInt(p -> p.column().map(ImportProblems::columnIndex).orElse(-1));

  private ImportProblems() {}

  static int columnIndex(String letters) {
    int n = 0;
    for (char c : letters.toCharArray()) {
      n = n * 26 + (c - 'A' + 1);
    }
    return n - 1;
  }
}
