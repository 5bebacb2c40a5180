package io.github.vsoko.model.organization;

/**
 * Kinds of educational organization; each has its own appendix of order № 1324.
 *
 * @since 0.1.0
 */
public enum OrganizationKind {
  /** Общеобразовательная организация (приложение № 2). */
  GENERAL("общеобразовательная организация"),
  /** Дошкольная образовательная организация (приложение № 1). */
  PRESCHOOL("дошкольная образовательная организация"),
  /** Организация дополнительного образования (приложение № 5). */
  ADDITIONAL("организация дополнительного образования"),
  /** Профессиональная образовательная организация (приложение № 3). */
  PROFESSIONAL("профессиональная образовательная организация"),
  /** Any other organization, e.g. a municipal methodological centre. */
  OTHER("иная организация");

  private final String russianName;

  OrganizationKind(String russianName) {
    this.russianName = russianName;
  }

  /** The Russian name. */
  public String russianName() {
    return russianName;
  }
}
