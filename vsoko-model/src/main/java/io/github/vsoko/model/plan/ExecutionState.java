package io.github.vsoko.model.plan;

/**
 * What was recorded about one deadline of a plan row (отметка о выполнении).
 *
 * @since 0.1.0
 */
public enum ExecutionState {
  /** Выполнено: on a date, with the document produced. */
  DONE("выполнено"),
  /** Перенесено: to a new date, for a reason. */
  MOVED("перенесено"),
  /** Не выполнено, for a reason. */
  NOT_DONE("не выполнено");

  private final String russianName;

  ExecutionState(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian words. */
  public String russianName() {
    return russianName;
  }
}
