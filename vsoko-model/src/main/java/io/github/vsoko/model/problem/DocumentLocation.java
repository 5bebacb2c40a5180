package io.github.vsoko.model.problem;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A place in a document (JSON, YAML, a provider's jar): the document, the line and column, and the field.
 *
 * @param document the document as given (a file name, a jar, a set id)
 * @param line the line, 1-based
 * @param column the column, 1-based
 * @param field the field («students[3].className», «indicators[2].count»)
 * @since 0.1.0
 */
public record DocumentLocation(String document, OptionalInt line, OptionalInt column, Optional<String> field)
    implements Location {
  /** Validates. */
  public DocumentLocation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(field, "field");
  }

  /** A whole document. */
  public static DocumentLocation of(String document) {
    return new DocumentLocation(document, OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
  }

  /** A field of a document. */
  public static DocumentLocation field(String document, String field) {
    return new DocumentLocation(document, OptionalInt.empty(), OptionalInt.empty(), Optional.of(field));
  }

  /** A line and column of a document, with the field there if known. */
  public static DocumentLocation at(String document, int line, int column, Optional<String> field) {
    return new DocumentLocation(document, OptionalInt.of(line), OptionalInt.of(column), field);
  }

  @Override
  public String source() {
    return document;
  }

  @Override
  public String describe() {
    StringBuilder s = new StringBuilder(document);
    line.ifPresent(x -> s.append(", строка ").append(x));
    column.ifPresent(x -> s.append(", позиция ").append(x));
    field.ifPresent(x -> s.append(", поле «").append(x).append('»'));
    return s.toString();
  }

  @Override
  public String compact() {
    return document + ":" + (line.isPresent() ? Integer.toString(line.getAsInt()) : "") + ":"
        + (column.isPresent() ? Integer.toString(column.getAsInt()) : "");
  }
}
