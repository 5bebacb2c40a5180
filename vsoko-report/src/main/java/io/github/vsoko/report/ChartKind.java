package io.github.vsoko.report;

/**
 * Chart types.
 *
 * @since 0.1.0
 */
public enum ChartKind {
  /** Bars per category (distribution of marks). */
  BAR,
  /** A line across categories (a value across years). */
  LINE
}
