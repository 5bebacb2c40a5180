package io.github.vsoko.model.schedule;

/**
 * Kinds of schedule that span the whole year rather than a date.
 *
 * @since 0.1.0
 */
public enum ContinuousKind {
  /** «В течение (учебного) года»: due by the end of the academic year. */
  THROUGHOUT_YEAR,
  /** «Постоянно», «на постоянной основе»: ongoing, never falls due. */
  PERMANENT,
  /** «Ежегодно» with no month: once a year, by the end of the academic year. */
  ANNUAL
}
