package io.github.vsoko.model.school;

/**
 * How a preschool child attends (режим пребывания), as order № 1324, appendix 1, counts it.
 *
 * @since 0.1.0
 */
public enum StayMode {
  /** Режим полного дня (8–12 часов). */
  FULL_DAY("полного дня (8 - 12 часов)"),
  /** Режим кратковременного пребывания (3–5 часов). */
  SHORT_STAY("кратковременного пребывания (3 - 5 часов)"),
  /** Режим продлённого дня (12–14 часов). */
  EXTENDED_DAY("продлённого дня (12 - 14 часов)"),
  /** Режим круглосуточного пребывания. */
  ROUND_THE_CLOCK("круглосуточного пребывания"),
  /** Семейная дошкольная группа. */
  FAMILY_GROUP("семейная дошкольная группа"),
  /** Семейное образование с психолого-педагогическим сопровождением на базе организации. */
  FAMILY_EDUCATION("семейное образование с сопровождением");

  private final String russianName;

  StayMode(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
