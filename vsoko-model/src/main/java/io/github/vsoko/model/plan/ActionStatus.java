package io.github.vsoko.model.plan;

/**
 * Status of a road-map action (статус мероприятия).
 *
 * @since 0.1.0
 */
public enum ActionStatus {
  /** Запланировано. */
  PLANNED("запланировано"),
  /** Выполняется. */
  IN_PROGRESS("выполняется"),
  /** Выполнено. */
  DONE("выполнено"),
  /** Отменено. */
  CANCELLED("отменено");

  private final String russianName;

  ActionStatus(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }

  /** Whether work is still owed (planned or in progress). */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
