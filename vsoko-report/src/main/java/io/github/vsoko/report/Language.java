package io.github.vsoko.report;

/**
 * The language of a report's fixed labels; official wording (indicator titles) stays Russian.
 *
 * @since 0.1.0
 */
public enum Language {
  /** Russian (default). */
  RU,
  /** English labels. */
  EN;

  /** The Russian or the English text. */
  public String pick(String russian, String english) {
    return this == RU ? russian : english;
  }

  /** The Russian or the English array. */
  public String[] pick(String[] russian, String[] english) {
    return this == RU ? russian : english;
  }
}
