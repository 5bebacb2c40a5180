package io.github.vsoko.io;

/**
 * How serious an import problem is.
 *
 * @since 0.1.0
 */
public enum ImportSeverity {
  /** The row (or file) could not be imported. */
  ERROR("ошибка"),
  /** The row was imported, but part of it was not usable (the message says which part). */
  WARNING("предупреждение");

  private final String russianName;

  ImportSeverity(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
