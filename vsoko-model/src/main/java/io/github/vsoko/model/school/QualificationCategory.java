package io.github.vsoko.model.school;

/**
 * Qualification category (квалификационная категория) given by attestation. «Соответствие
 * занимаемой должности» is not a category and counts as {@link #NONE}.
 *
 * @since 0.1.0
 */
public enum QualificationCategory {
  /** Высшая. */
  HIGHEST("высшая"),
  /** Первая. */
  FIRST("первая"),
  /** No category. */
  NONE("без категории");

  private final String russianName;

  QualificationCategory(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
