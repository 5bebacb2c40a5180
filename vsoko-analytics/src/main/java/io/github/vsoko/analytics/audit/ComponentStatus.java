package io.github.vsoko.analytics.audit;

/**
 * Whether a component is in the document.
 *
 * @since 0.1.0
 */
public enum ComponentStatus {
  /** Есть: every requirement found. */
  PRESENT("есть", "+"),
  /** Частично: some requirements found. */
  PARTIAL("частично", "±"),
  /** Нет: none found. */
  MISSING("нет", "−");

  private final String title;
  private final String mark;

  ComponentStatus(String title, String mark) {
    this.title = title;
    this.mark = mark;
  }

  /** «есть», «частично», «нет». */
  public String title() {
    return title;
  }

  /** «+», «±», «−» for the municipal table. */
  public String mark() {
    return mark;
  }
}
