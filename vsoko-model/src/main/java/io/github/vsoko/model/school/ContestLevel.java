package io.github.vsoko.model.school;

/**
 * Level of an olympiad or contest (уровень).
 *
 * @since 0.1.0
 */
public enum ContestLevel {
  /** Школьный. */
  SCHOOL("школьный"),
  /** Муниципальный. */
  MUNICIPAL("муниципальный"),
  /** Региональный. */
  REGIONAL("региональный"),
  /** Межрегиональный (in the lists of additional education). */
  INTERREGIONAL("межрегиональный"),
  /** Федеральный (всероссийский). */
  FEDERAL("федеральный"),
  /** Международный. */
  INTERNATIONAL("международный");

  private final String russianName;

  ContestLevel(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
