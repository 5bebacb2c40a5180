package io.github.vsoko.model.school;

/** When within the campaign an exam was taken. */
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
