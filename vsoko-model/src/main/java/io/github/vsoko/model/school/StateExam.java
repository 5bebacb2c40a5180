package io.github.vsoko.model.school;

/**
 * State final attestation (ГИА).
 *
 * @since 0.1.0
 */
public enum StateExam {
  /** ГИА-9, after grade 9. */
  GIA_9("ГИА-9", 9),
  /** ГИА-11, after grade 11. */
  GIA_11("ГИА-11", 11);

  private final String label;
  private final int grade;

  StateExam(String label, int grade) {
    this.label = label;
    this.grade = grade;
  }

  /** «ГИА-9». */
  public String label() {
    return label;
  }

  /** The graduating grade. */
  public Grade grade() {
    return Grade.of(grade);
  }
}
