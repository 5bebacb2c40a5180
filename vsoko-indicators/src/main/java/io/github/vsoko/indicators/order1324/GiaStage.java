package io.github.vsoko.indicators.order1324;

/**
 * Which ГИА results count.
 *
 * @since 0.1.0
 */
public enum GiaStage {
  /** The final result after reserve and additional periods: a student's best result in a subject (default). */
  FINAL,
  /** Only the early and main periods. */
  MAIN_ONLY
}
