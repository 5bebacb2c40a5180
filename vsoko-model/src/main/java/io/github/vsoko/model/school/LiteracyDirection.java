package io.github.vsoko.model.school;

/**
 * A direction of functional literacy (направление функциональной грамотности), as in РЭШ and the source documents' diagnostics.
 *
 * @since 0.1.0
 */
public enum LiteracyDirection {
  /** Читательская грамотность. */
  READING("Читательская грамотность"),
  /** Математическая грамотность. */
  MATHEMATICAL("Математическая грамотность"),
  /** Естественно-научная грамотность. */
  SCIENTIFIC("Естественно-научная грамотность"),
  /** Финансовая грамотность. */
  FINANCIAL("Финансовая грамотность"),
  /** Глобальные компетенции. */
  GLOBAL_COMPETENCE("Глобальные компетенции"),
  /** Креативное мышление. */
  CREATIVE_THINKING("Креативное мышление");

  private final String title;

  LiteracyDirection(String title) {
    this.title = title;
  }

  /** The Russian name. */
  public String title() {
    return title;
  }
}
