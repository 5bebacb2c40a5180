package io.github.vsoko.analytics.literacy;

/**
 * How functional-literacy results are grouped: by class, by parallel (grade) or for the whole school.
 *
 * @since 0.1.0
 */
public enum LiteracyGrouping {
  /** По классам («5А»). */
  CLASS,
  /** По параллелям («5 классы»). */
  PARALLEL,
  /** По школе в целом. */
  SCHOOL
}
