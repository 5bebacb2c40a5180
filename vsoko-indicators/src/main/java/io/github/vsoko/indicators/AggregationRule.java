package io.github.vsoko.indicators;

/**
 * How values of one indicator combine across organizations (a municipality, a region). Percentages
 * are never averaged: numerators and denominators are summed and the share is recomputed.
 *
 * @since 0.1.0
 */
public enum AggregationRule {
  /** Counts, areas: summed. */
  SUM,
  /** Shares: numerators and denominators summed. */
  SUM_OF_PARTS,
  /** Means: sums and counts summed, then divided. */
  MEAN,
  /** Ratios: numerators and denominators summed, then divided. */
  RATIO,
  /** Flags: the number of organizations answering «да» out of those answering. */
  COUNT_YES,
  /** Headings: nothing to aggregate. */
  NONE
}
