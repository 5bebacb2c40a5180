package io.github.vsoko.model.problem;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A located problem (проблема с указанием места): what is wrong and what was expected, in Russian, where it is, the
 * offending value and, if a library reported it, the underlying cause. Every reader of vsoko reports its problems as
 * these, all of them rather than the first.
 *
 * @param severity error (not used) or warning (used, partly)
 * @param location the file cell or document place
 * @param value the offending value, if any
 * @param message what is wrong and what was expected, in Russian
 * @param cause the underlying error's message (a parser's, an I/O error's), if any
 * @since 0.1.0
 */
public record Problem(ProblemSeverity severity, Location location, Optional<String> value, String message,
    Optional<String> cause) {
  /** Validates. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(cause, "cause");
  }

  /** An error at a place. */
  public static Problem error(Location location, String message) {
    return new Problem(ProblemSeverity.ERROR, location, Optional.empty(), message, Optional.empty());
  }

  /** A warning at a place. */
  public static Problem warning(Location location, String message) {
    return new Problem(ProblemSeverity.WARNING, location, Optional.empty(), message, Optional.empty());
  }

  /** An error with a whole file or document. */
  public static Problem ofFile(String file, String message) {
    return error(FileLocation.of(file), message);
  }

  /** A problem in a cell of a table file. */
  public static Problem inFile(ProblemSeverity severity, String file, Optional<String> sheet, OptionalInt row,
      Optional<String> column, Optional<String> header, Optional<String> value, String message) {
    return new Problem(severity, new FileLocation(file, sheet, row, column, header), value, message, Optional.empty());
  }

  /** The same problem with the underlying error's message. */
  public Problem withCause(String value) {
    return new Problem(severity, location, this.value, message, Optional.of(value));
  }

  /** The table cell, if the problem is in a table file. */
  public Optional<FileLocation> fileLocation() {
    return location instanceof FileLocation f ? Optional.of(f) : Optional.empty();
  }

  /** «location: [значение «…» — ]message[ (cause)]». */
  @Override
  public String toString() {
    return location.describe() + ": " + value.map(v -> "значение «" + v + "» — ").orElse("") + message
        + cause.map(c -> " (" + c + ")").orElse("");
  }

  /** «файл:лист:строка:столбец: [«значение» — ]message[ (cause)]», one line for editors and scripts. */
  public String compact() {
    return location.compact() + ": " + value.map(v -> "«" + v + "» — ").orElse("") + message
        + cause.map(c -> " (" + c + ")").orElse("");
  }
}
