package io.github.vsoko.indicators.order1324;

/**
 * How 1.18 and 1.19 count.
 *
 * @since 0.1.0
 */
public enum ContestCounting {
  /** Distinct students, as the order words it (default). */
  PERSONS,
  /** Every participation or award: the share may exceed 100 %. */
  PARTICIPATIONS
}
