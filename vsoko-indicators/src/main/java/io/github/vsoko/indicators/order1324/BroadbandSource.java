package io.github.vsoko.indicators.order1324;

/**
 * Where 2.5 (broadband access) comes from.
 *
 * @since 0.1.0
 */
public enum BroadbandSource {
  /** All students when the organization provides broadband of at least 2 Mb/s (default). */
  ORGANIZATION,
  /** Students flagged as having broadband access. */
  STUDENT_FLAGS
}
