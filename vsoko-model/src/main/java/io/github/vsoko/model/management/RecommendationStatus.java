package io.github.vsoko.model.management;

/**
 * Status of an addressed recommendation.
 *
 * @since 0.1.0
 */
public enum RecommendationStatus {
  /** Выдана. */
  ISSUED("выдана"),
  /** Выполняется. */
  IN_PROGRESS("выполняется"),
  /** Выполнена. */
  DONE("выполнена"),
  /** Не выполнена. */
  NOT_DONE("не выполнена"),
  /** Отменена. */
  CANCELLED("отменена");

  private final String russianName;

  RecommendationStatus(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
