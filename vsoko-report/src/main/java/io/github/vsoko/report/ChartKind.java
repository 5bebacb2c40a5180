package io.github.vsoko.report;

/** Chart types. */
public enum ChartKind {
  /** Bars per category (distribution of marks). */
  BAR,
  /** A line across categories (a value across years). */
  LINE
}
