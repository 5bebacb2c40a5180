package io.github.vsoko.indicators.order1324;

/**
 * What the header row 1.30 («…стаж работы которых составляет:») holds.
 *
 * @since 0.1.0
 */
public enum ExperienceHeaderRow {
  /** Nothing: the values are in 1.30.1 and 1.30.2 (default). */
  EMPTY,
  /** The sum of 1.30.1 and 1.30.2. */
  SUM,
  /** All pedagogical workers, 1.24 (100 %). */
  ALL
}
