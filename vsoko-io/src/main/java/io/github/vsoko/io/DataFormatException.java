package io.github.vsoko.io;

import java.util.Objects;

/**
 * Input that cannot be read into the model: the message names the file, the place in it (line and
 * column, and the JSON path) and what was expected.
 *
 * @since 0.1.0
 */
public final class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file or source name. */
  private final String source;
  /** Where in the source: «line 12, column 7, students[3].className». */
  private final String location;

  /** Creates the exception. */
  public DataFormatException(String source, String location, String message, Throwable cause) {
    super(source + (location.isEmpty() ? "" : ", " + location) + ": " + message, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.location = Objects.requireNonNull(location, "location");
  }

  /** The file or source name. */
  public String source() {
    return source;
  }

  /** Where in the source. */
  public String location() {
    return location;
  }
}
