package io.github.vsoko.indicators;

/** How a share of a zero base is printed (the base is never divided by). */
public enum ZeroDenominator {
  /** «—». */
  DASH,
  /** Nothing. */
  BLANK,
  /** «0 %». */
  ZERO_PERCENT
}
