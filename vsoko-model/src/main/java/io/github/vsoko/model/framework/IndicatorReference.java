package io.github.vsoko.model.framework;

/**
 * An indicator (показатель) named by a plan: either a registered indicator id («order1324.general/1.5»)
 * or free text written in the plan.
 *
 * @since 0.1.0
 */
public sealed interface IndicatorReference permits RegisteredIndicator, FreeTextIndicator {
  /** A reference to a registered indicator. */
  static IndicatorReference registered(String id) {
    return new RegisteredIndicator(id);
  }

  /** An indicator the plan only describes in words. */
  static IndicatorReference freeText(String text) {
    return new FreeTextIndicator(text);
  }

  /** The text to print: the id or the words. */
  String display();
}
