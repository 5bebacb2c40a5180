package io.github.vsoko.report;

/** The language of a report's fixed labels; official wording (indicator titles) stays Russian. */
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
