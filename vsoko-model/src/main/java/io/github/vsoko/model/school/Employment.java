package io.github.vsoko.model.school;

/**
 * How a staff member is employed.
 *
 * @since 0.1.0
 */
public enum Employment {
  /** Основное место работы (штатный работник). */
  MAIN,
  /** Внутренний совместитель. */
  INTERNAL_PART_TIME,
  /** Внешний совместитель. */
  EXTERNAL_PART_TIME
}
