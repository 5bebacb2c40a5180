package io.github.vsoko.model.problem;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A place in a table file (XLSX, CSV): the file, the sheet, the row as Excel numbers it, the column letter and its
 * header.
 *
 * @param file the file as given
 * @param sheet the sheet, for workbooks
 * @param row the row number as Excel shows it (1 = the first row)
 * @param column the column letter («J»)
 * @param header the column's header
 * @since 0.1.0
 */
public record FileLocation(String file, Optional<String> sheet, OptionalInt row, Optional<String> column,
    Optional<String> header) implements Location {
  /** Validates. */
  public FileLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
  }

  /** A whole file. */
  public static FileLocation of(String file) {
    return new FileLocation(file, Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
  }

  @Override
  public String source() {
    return file;
  }

  @Override
  public String describe() {
    StringBuilder s = new StringBuilder(file);
    sheet.ifPresent(x -> s.append(", лист «").append(x).append('»'));
    row.ifPresent(x -> s.append(", строка ").append(x));
    column.ifPresent(x -> s.append(", столбец ").append(x));
    header.ifPresent(x -> s.append(" («").append(x).append("»)"));
    return s.toString();
  }

  @Override
  public String compact() {
    return file + ":" + sheet.orElse("") + ":" + (row.isPresent() ? Integer.toString(row.getAsInt()) : "") + ":"
        + column.orElse("");
  }
}
