package io.github.vsoko.model.plan;

/**
 * How one deadline of a plan row stands on a date (исполнение срока).
 *
 * @since 0.1.0
 */
public enum DeadlineVerdict {
  /** Выполнено в срок. */
  DONE("выполнено в срок", false),
  /** Выполнено в перенесённый срок. */
  DONE_AS_MOVED("выполнено в перенесённый срок", false),
  /** Выполнено с опозданием. */
  DONE_LATE("выполнено с опозданием", true),
  /** Перенесено, новый срок не наступил. */
  MOVED("перенесено", false),
  /** Не выполнено (отмечено). */
  NOT_DONE("не выполнено", true),
  /** Срок прошёл, отметки нет (или прошёл и перенесённый срок). */
  OVERDUE("просрочено", true),
  /** Срок не наступил. */
  UPCOMING("срок не наступил", false);

  private final String russianName;
  private final boolean problem;

  DeadlineVerdict(String russianName, boolean problem) {
    this.russianName = russianName;
    this.problem = problem;
  }

  /** The Russian words. */
  public String russianName() {
    return russianName;
  }

  /** Whether the deadline was missed (late, not done or overdue). */
  public boolean isMissed() {
    return problem;
  }
}
