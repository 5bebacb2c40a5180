package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small table of settings (scales, comparable groups) on the first sheet of an XLSX or in a CSV: the first non-blank
 * row is the header, every following non-blank row is handed to a handler. A row whose handler throws
 * {@link IllegalArgumentException} becomes a problem naming the file, sheet and row; since such tables must be exact,
 * any problem fails the whole table with every problem listed.
 */
final class HeaderedTable {
  private HeaderedTable() {}

  /** What to do with one row, given the column indexes the header gave; an IllegalArgumentException is a located problem. */
  interface RowHandler {
    void accept(int[] index, TableRow row);
  }

  /**
   * Reads the table.
   *
   * @param header the column indexes of a header row, or {@code null} when the row lacks a required column
   * @param missingHeader the problem when the first row is not a header
   * @throws ProblemException listing every problem, or naming the file when it cannot be read
   */
  static void read(Path file, Function<TableRow, int[]> header, String missingHeader, RowHandler handler) {
    List<Problem> problems = new ArrayList<>();
    try (TableSource source = TableSources.open(file, Optional.empty())) {
      String sheet = source.sheets().get(0);
      try (Stream<TableRow> rows = source.rows(sheet)) {
        Iterator<TableRow> it = rows.iterator();
        int[] index = null;
        while (it.hasNext()) {
          TableRow row = it.next();
          if (row.isBlank()) {
            continue;
          }
          if (index == null) {
            index = header.apply(row);
            if (index == null) {
              throw new ProblemException(List.of(Problem.ofFile(file.toString(), missingHeader)));
            }
            continue;
          }
          try {
            handler.accept(index, row);
          } catch (IllegalArgumentException e) {
            problems.add(Problem.inFile(ProblemSeverity.ERROR, source.file(), source.isCsv() ? Optional.empty() : Optional.of(sheet),
                OptionalInt.of(row.number()), Optional.empty(), Optional.empty(), Optional.empty(), e.getMessage()));
          }
        }
      }
    } catch (IOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
    } catch (UncheckedIOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getCause().getMessage())));
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(problems);
    }
  }

  /**
   * A whole number in a cell («12», or «12.0» as some writers save it).
   *
   * @throws IllegalArgumentException naming the column, which {@link #read} turns into a problem of the row
   */
  static int number(TableRow row, int column) {
    String text = row.cell(column).strip().replaceAll("\\.0+$", "");
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("столбец " + ColumnNames.letter(column) + ": «" + text + "» — ожидается целое число", e);
    }
  }
}
