package io.github.vsoko.model.school;

/**
 * A staff member's highest professional education (1.25–1.28 of order № 1324).
 *
 * @since 0.1.0
 */
public enum ProfessionalEducation {
  /** Высшее образование. */
  HIGHER("высшее"),
  /** Среднее профессиональное образование. */
  SECONDARY_VOCATIONAL("среднее профессиональное"),
  /** No professional education, or other. */
  NONE("нет профессионального образования");

  private final String russianName;

  ProfessionalEducation(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
