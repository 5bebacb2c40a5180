package io.github.vsoko.model.school;

/**
 * A participant's outcome in an olympiad or contest.
 *
 * @since 0.1.0
 */
public enum ContestStatus {
  /** Участник. */
  PARTICIPANT("участник"),
  /** Призёр. */
  PRIZE_WINNER("призёр"),
  /** Победитель. */
  WINNER("победитель");

  private final String russianName;

  ContestStatus(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }

  /** Whether the outcome is a win or a prize (1.19 of order № 1324). */
  public boolean isAwarded() {
    return this != PARTICIPANT;
  }
}
