package io.github.vsoko.model.schedule;

/**
 * How often recurring work falls due (периодичность) within the months of lessons, September to May.
 *
 * @since 0.1.0
 */
public enum Frequency {
  /** «Еженедельно»: by every Sunday. */
  WEEKLY("Еженедельно"),
  /** «Ежемесячно»: by the end of every month. */
  MONTHLY("Ежемесячно");

  private final String text;

  Frequency(String text) {
    this.text = text;
  }

  /** The canonical Russian word. */
  public String text() {
    return text;
  }
}
