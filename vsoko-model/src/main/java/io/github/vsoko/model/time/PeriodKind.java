package io.github.vsoko.model.time;

/**
 * Kinds of reporting period (отчётный период).
 *
 * @since 0.1.0
 */
public enum PeriodKind {
  /** Календарный год: the self-assessment reporting period since order № 1218. */
  CALENDAR_YEAR("календарный год", 1),
  /** Учебный год. */
  ACADEMIC_YEAR("учебный год", 1),
  /** Полугодие. */
  HALF_YEAR("полугодие", 2),
  /** Четверть. */
  QUARTER("четверть", 4),
  /** Триместр. */
  TRIMESTER("триместр", 3),
  /** Any other span of dates given by the caller. */
  CUSTOM("период", 1);

  private final String russianName;
  private final int maxNumber;

  PeriodKind(String russianName, int maxNumber) {
    this.russianName = russianName;
    this.maxNumber = maxNumber;
  }

  /** The Russian name, lower case («четверть»). */
  public String russianName() {
    return russianName;
  }

  /** The highest ordinal number of such a period within a year (4 for quarters). */
  public int maxNumber() {
    return maxNumber;
  }
}
