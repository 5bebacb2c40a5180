package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * A criterion (критерий оценки): the sign by which an object is judged, made concrete by indicators.
 *
 * @param text the criterion as written
 * @since 0.1.0
 */
public record Criterion(String text) {
  /** Validates the text. */
  public Criterion {
    text = Checks.text(text, "criterion");
  }
}
