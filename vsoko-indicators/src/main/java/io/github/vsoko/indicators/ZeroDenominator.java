package io.github.vsoko.indicators;

/**
 * How a share of a zero base is printed (the base is never divided by).
 *
 * @since 0.1.0
 */
public enum ZeroDenominator {
  /** «—». */
  DASH,
  /** Nothing. */
  BLANK,
  /** «0 %». */
  ZERO_PERCENT
}
