package io.github.vsoko.model.school;

/**
 * Level of the mathematics ЕГЭ.
 *
 * @since 0.1.0
 */
public enum ExamLevel {
  /** Базовый уровень: a five-point mark, no test score. */
  BASE,
  /** Профильный уровень: a 100-point test score. */
  PROFILE;

  /** «базовый», «профильный». */
  public String russianName() {
    return this == BASE ? "базовый" : "профильный";
  }

  /** «base», «profile». */
  public String englishName() {
    return this == BASE ? "base" : "profile";
  }
}
