package io.github.vsoko.model.school;

/**
 * When within the campaign an exam was taken.
 *
 * @since 0.1.0
 */
public enum ExamPeriod {
  /** Досрочный период. */
  EARLY,
  /** Основной период. */
  MAIN,
  /** Резервные сроки. */
  RESERVE,
  /** Дополнительный (сентябрьский) период. */
  ADDITIONAL
}
