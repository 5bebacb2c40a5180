package io.github.vsoko.model.management;

/**
 * A yes/no answer that may be unknown for lack of data.
 *
 * @since 0.1.0
 */
public enum Verdict {
  /** Да. */
  YES("да"),
  /** Нет. */
  NO("нет"),
  /** Нет данных или ещё рано судить. */
  UNKNOWN("нет данных");

  private final String russianName;

  Verdict(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }

  static Verdict of(boolean value) {
    return value ? YES : NO;
  }
}
