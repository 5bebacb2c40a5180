package io.github.vsoko.model.framework;

/**
 * The three quality areas of a ВСОКО (направления оценки качества образования).
 *
 * @since 0.1.0
 */
public enum QualityArea {
  /** Качество образовательных результатов. */
  RESULTS("Качество образовательных результатов"),
  /** Качество образовательной деятельности (процесса). */
  PROCESS("Качество организации и осуществления образовательной деятельности"),
  /** Качество условий, обеспечивающих образовательную деятельность. */
  CONDITIONS("Качество условий, обеспечивающих образовательную деятельность");

  private final String title;

  QualityArea(String title) {
    this.title = title;
  }

  /** The heading as plans print it. */
  public String title() {
    return title;
  }
}
