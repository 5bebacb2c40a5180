package io.github.vsoko.analytics.audit;

/**
 * Evidence a requirement may take from the school's plan of functioning when the regulation's text lacks it.
 *
 * @since 0.1.0
 */
public enum PlanCheck {
  /** Rows in the area of results. */
  RESULTS_AREA,
  /** Rows in the area of the educational process. */
  PROCESS_AREA,
  /** Rows in the area of conditions. */
  CONDITIONS_AREA,
  /** Rows naming the responsible. */
  RESPONSIBLE,
  /** Rows with a deadline. */
  SCHEDULE,
  /** Rows naming the document produced. */
  DOCUMENT,
  /** Rows about functional literacy. */
  LITERACY,
  /** Rows about functional literacy that carry an indicator. */
  LITERACY_INDICATOR
}
