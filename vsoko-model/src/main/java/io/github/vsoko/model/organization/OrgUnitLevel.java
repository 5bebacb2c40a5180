package io.github.vsoko.model.organization;

/**
 * Levels of the hierarchy results are aggregated over.
 *
 * @since 0.1.0
 */
public enum OrgUnitLevel {
  /** Регион (субъект Российской Федерации). */
  REGION("регион"),
  /** Муниципалитет (муниципальный район, округ, городской округ). */
  MUNICIPALITY("муниципалитет"),
  /** Образовательная организация. */
  ORGANIZATION("образовательная организация");

  private final String russianName;

  OrgUnitLevel(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
