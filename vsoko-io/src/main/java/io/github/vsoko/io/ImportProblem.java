package io.github.vsoko.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem found while importing: where (file, sheet, row as Excel numbers it, column letter and
 * header), the value, and what was expected, in Russian.
 *
 * @param severity error (row not imported) or warning (row imported, part of it unusable)
 * @param file the file as given
 * @param sheet the sheet, for workbooks
 * @param row the row number as Excel shows it (1 = the first row)
 * @param column the column letter («J»)
 * @param header the column's header
 * @param value the offending value
 * @param message what is wrong and what was expected, in Russian
 * @since 0.1.0
 */
public record ImportProblem(
    ImportSeverity severity, String file, Optional<String> sheet, OptionalInt row, Optional<String> column,
    Optional<String> header, Optional<String> value, String message) {

  /** Validates the problem. */
  public ImportProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /** A problem with a whole file. */
  public static ImportProblem ofFile(String file, String message) {
    return new ImportProblem(ImportSeverity.ERROR, file, Optional.empty(), OptionalInt.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), message);
  }

  /** «Математика.xlsx, лист «Sheet1», строка 15, столбец J («sum»)». */
  public String location() {
    StringBuilder s = new StringBuilder(file);
    sheet.ifPresent(x -> s.append(", лист «").append(x).append('»'));
    row.ifPresent(x -> s.append(", строка ").append(x));
    column.ifPresent(x -> s.append(", столбец ").append(x));
    header.ifPresent(x -> s.append(" («").append(x).append("»)"));
    return s.toString();
  }

  /** «location: [значение «…»: ]message». */
  @Override
  public String toString() {
    return location() + ": " + value.map(v -> "значение «" + v + "» — ").orElse("") + message;
  }
}
