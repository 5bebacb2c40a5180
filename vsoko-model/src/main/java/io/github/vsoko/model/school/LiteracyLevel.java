package io.github.vsoko.model.school;

/**
 * A level of functional literacy (уровень сформированности функциональной грамотности) on the five-level scale of the
 * diagnostics (РЭШ, ФИОКО): недостаточный, низкий, средний, повышенный, высокий — in ascending order.
 *
 * @since 0.1.0
 */
public enum LiteracyLevel {
  /** Недостаточный. */
  INSUFFICIENT("недостаточный"),
  /** Низкий. */
  LOW("низкий"),
  /** Средний. */
  MEDIUM("средний"),
  /** Повышенный. */
  ELEVATED("повышенный"),
  /** Высокий. */
  HIGH("высокий");

  private final String title;

  LiteracyLevel(String title) {
    this.title = title;
  }

  /** The Russian name, lower case as in the reports. */
  public String title() {
    return title;
  }

  /** Whether the level is средний or above (the usual target of the diagnostics). */
  public boolean atLeastMedium() {
    return compareTo(MEDIUM) >= 0;
  }
}
