package io.github.vsoko.indicators.order1324;

/**
 * Which of a student's ГИА results in one subject of one year stands (пересдача): the Порядок ГИА has the result of
 * the later attempt replace the earlier one — also when it is worse —, so the final attempt is the reading by default.
 *
 * @since 0.1.0
 */
public enum RetakeReading {
  /** The result of the latest period (досрочный → основной → резервный → дополнительный) stands (default). */
  LATEST,
  /** The best of the attempts (a reading some regional reports use). */
  BEST
}
