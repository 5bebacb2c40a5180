package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * An indicator a plan describes in words only («Доля слабоуспевающих … с индивидуальным маршрутом»).
 *
 * @param text the words
 * @since 0.1.0
 */
public record FreeTextIndicator(String text) implements IndicatorReference {
  /** Validates the text. */
  public FreeTextIndicator {
    text = Checks.text(text, "indicator text");
  }

  @Override
  public String display() {
    return text;
  }
}
