package io.github.vsoko.io;

/**
 * The ФИС ОКО statistics reports of a ВПР work vsoko reads.
 *
 * @since 0.1.0
 */
public enum VprStatisticsKind {
  /** Ф3 «Статистика по отметкам»: mark shares of Russia, the region, municipalities, schools. */
  MARKS("«Статистика по отметкам»"),
  /** «Сравнение отметок с отметками по журналу»: lowered, confirmed, raised by group. */
  JOURNAL("«Сравнение отметок с отметками по журналу»");

  private final String title;

  VprStatisticsKind(String title) {
    this.title = title;
  }

  /** The report's name as ФИС ОКО prints it. */
  public String title() {
    return title;
  }
}
