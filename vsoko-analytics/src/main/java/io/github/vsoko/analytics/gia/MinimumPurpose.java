package io.github.vsoko.analytics.gia;

/**
 * What a ЕГЭ minimum is for (docs/gia.md).
 *
 * @since 0.1.0
 */
public enum MinimumPurpose {
  /** For the аттестат (русский язык 24, профильная математика 27). */
  CERTIFICATE("аттестат"),
  /** Рособрнадзор's minimum for admission to a university. */
  ADMISSION("поступление в вуз (Рособрнадзор)"),
  /** Минобрнауки's minimum for the universities it runs. */
  MINISTRY_UNIVERSITIES("поступление в вузы Минобрнауки");

  private final String russianName;

  MinimumPurpose(String russianName) {
    this.russianName = russianName;
  }

  /** What it is for, in Russian. */
  public String russianName() {
    return russianName;
  }
}
