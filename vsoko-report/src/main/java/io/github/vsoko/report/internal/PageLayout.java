package io.github.vsoko.report.internal;

import io.github.vsoko.report.Cell;
import io.github.vsoko.report.CellKind;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.util.List;

/** Page decisions shared by the paged renderers (DOCX, PDF) and the HTML stylesheet. */
final class PageLayout {
  private PageLayout() {}

  /** Characters of the normal type a portrait A4 line holds (16.5 cm at 11 pt). */
  static final int PORTRAIT_CHARS = 75;
  /** Characters of the normal type a portrait line holds when the table is set in the smaller type. */
  static final int COMPACT_CHARS = 100;

  /**
   * How wide a table is at the least: per column its longest word (a number: its whole text) and two characters of
   * padding, in characters of the normal type.
   */
  static int minimumChars(Table t) {
    double[] min = new double[t.widths().size()];
    longestWords(t.header(), min, 1, 2);
    longestWords(t.rows(), min, 1, 2);
    double sum = 0;
    for (double m : min) {
      sum += m;
    }
    return (int) Math.ceil(sum);
  }

  /** Whether a table needs the smaller type to fit a portrait page (or more: see {@link #wide}). */
  static boolean compact(Table t) {
    return minimumChars(t) > PORTRAIT_CHARS;
  }

  /** Whether a table is too wide for a portrait A4 page even in the smaller type (the cyclogram, the ВПР classes). */
  static boolean wide(Table t) {
    return minimumChars(t) > COMPACT_CHARS;
  }

  /**
   * Whether the whole document goes landscape: when wide tables are at least a third of its tables (the ВПР analysis
   * with a class table per work, the plan with its cyclogram) — a reader should not turn the page at every table.
   * Otherwise only the wide tables get landscape pages of their own.
   */
  static boolean landscape(Report report) {
    long tables = report.blocks().stream().filter(b -> b instanceof Table).count();
    long wide = report.blocks().stream().filter(b -> b instanceof Table t && wide(t)).count();
    return wide > 0 && wide * 3 >= tables;
  }

  /**
   * Column widths that fit {@code total} and give every column at least its longest word (a number: its whole text),
   * so no word is broken inside a narrow column: the table's relative widths scaled to {@code total}, narrow columns
   * widened to their minimum and the difference taken from the columns with room to spare. When even the minimums do
   * not fit, they are scaled down together.
   *
   * @param t the table
   * @param total the width available, in any unit
   * @param charWidth the width of an average character in that unit
   * @param padding the cell's left plus right padding in that unit
   */
  static int[] fitWidths(Table t, int total, double charWidth, int padding) {
    int n = t.widths().size();
    int sum = t.widths().stream().mapToInt(Integer::intValue).sum();
    double[] wanted = new double[n];
    double[] min = new double[n];
    for (int i = 0; i < n; i++) {
      wanted[i] = (double) total * t.widths().get(i) / Math.max(1, sum);
    }
    longestWords(t.header(), min, charWidth, padding);
    longestWords(t.rows(), min, charWidth, padding);
    double minSum = 0;
    for (double m : min) {
      minSum += m;
    }
    int[] out = new int[n];
    if (minSum >= total) {
      for (int i = 0; i < n; i++) {
        out[i] = (int) Math.floor(min[i] * total / minSum);
      }
      return out;
    }
    double excess = 0;
    double room = 0;
    for (int i = 0; i < n; i++) {
      if (wanted[i] < min[i]) {
        excess += min[i] - wanted[i];
        wanted[i] = min[i];
      } else {
        room += wanted[i] - min[i];
      }
    }
    for (int i = 0; i < n; i++) {
      double spare = wanted[i] - min[i];
      if (excess > 0 && spare > 0) {
        wanted[i] -= excess * spare / room;
      }
      out[i] = (int) Math.floor(wanted[i]);
    }
    return out;
  }

  private static void longestWords(List<Row> rows, double[] min, double charWidth, int padding) {
    for (Row r : rows) {
      int col = 0;
      for (Cell c : r.cells()) {
        if (c.colspan() == 1 && col < min.length) {
          int longest = 0;
          if (c.kind() != CellKind.TEXT) {
            longest = c.text().length();
          } else {
            longest = longestWord(c.text());
          }
          min[col] = Math.max(min[col], longest * charWidth + padding);
        }
        col += c.colspan();
      }
    }
  }

  /**
   * The length of the longest run of characters other than the white space of {@code \\s} (space, tab, line breaks,
   * vertical tab, form feed) — per cell of every table, so without a regular expression.
   */
  static int longestWord(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        run = 0;
      } else if (++run > longest) {
        longest = run;
      }
    }
    return longest;
  }
}
