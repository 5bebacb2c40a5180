package io.github.vsoko.indicators;

/**
 * A count (человек, единиц).
 *
 * @param value the count, not negative
 * @since 0.1.0
 */
public record Count(long value) implements IndicatorValue {
  /** Validates the count. */
  public Count {
    if (value < 0) {
      throw new IllegalArgumentException("a count must not be negative, was " + value);
    }
  }
}
