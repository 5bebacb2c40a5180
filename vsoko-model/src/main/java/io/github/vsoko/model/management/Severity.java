package io.github.vsoko.model.management;

/**
 * How serious a finding is.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Низкая: worth watching. */
  LOW("низкая"),
  /** Средняя: needs a measure this year. */
  MEDIUM("средняя"),
  /** Высокая: needs a management decision now. */
  HIGH("высокая");

  private final String russianName;

  Severity(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
