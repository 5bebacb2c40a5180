package io.github.vsoko.model.school;

/**
 * How a student's year in a class ended (итог учебного года, движение обучающихся).
 *
 * @since 0.1.0
 */
public enum YearOutcome {
  /** Переведён в следующий класс. */
  PROMOTED("переведён"),
  /** Условно переведён (с академической задолженностью). */
  CONDITIONALLY_PROMOTED("условно переведён"),
  /** Оставлен на повторное обучение. */
  REPEATING("оставлен на повторное обучение"),
  /** Выпущен (окончил уровень образования). */
  GRADUATED("выпущен"),
  /** Переведён в другой класс той же параллели в течение года. */
  MOVED("переведён в другой класс"),
  /** Выбыл из организации. */
  LEFT("выбыл");

  private final String russianName;

  YearOutcome(String russianName) {
    this.russianName = russianName;
  }

  /** The name as school records write it. */
  public String russianName() {
    return russianName;
  }
}
