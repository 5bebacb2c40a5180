package io.github.vsoko.model.school;

/**
 * Kinds of further professional education.
 *
 * @since 0.1.0
 */
public enum TrainingKind {
  /** Повышение квалификации. */
  PROFESSIONAL_DEVELOPMENT("повышение квалификации"),
  /** Профессиональная переподготовка. */
  RETRAINING("профессиональная переподготовка");

  private final String russianName;

  TrainingKind(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
