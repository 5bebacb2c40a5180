package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import java.util.Comparator;

/** Orders problems as a reader of the sheet meets them: by row, then by column. */
final class ImportProblems {
  static final Comparator<Problem> IN_SHEET_ORDER = Comparator
      .comparingInt((Problem p) -> p.fileLocation().map(f -> f.row().orElse(0)).orElse(0))
      .thenComparingInt(p -> p.fileLocation().flatMap(f -> f.column()).map(ImportProblems::columnIndex).orElse(-1));

  /** By file, then sheet, then as the sheet is read. */
  static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing((Problem p) -> p.location().source())
      .thenComparing(p -> p.fileLocation().flatMap(f -> f.sheet()).orElse("")).thenComparing(IN_SHEET_ORDER);

  private ImportProblems() {}

  static int columnIndex(String letters) {
    int n = 0;
    for (char c : letters.toCharArray()) {
      n = n * 26 + (c - 'A' + 1);
    }
    return n - 1;
  }
}
