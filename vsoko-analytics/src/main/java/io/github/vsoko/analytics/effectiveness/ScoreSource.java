package io.github.vsoko.analytics.effectiveness;

/**
 * Where a criterion's score comes from.
 *
 * @since 0.1.0
 */
public enum ScoreSource {
  /** Scored by vsoko from the model and data («автоматически»). */
  AUTOMATIC("автоматически"),
  /** Answered by the school («ответ ОО»). */
  SCHOOL("ответ ОО"),
  /** Neither: counted as 0 and listed («нет ответа»). */
  UNANSWERED("нет ответа");

  private final String title;

  ScoreSource(String title) {
    this.title = title;
  }

  /** The Russian label. */
  public String title() {
    return title;
  }
}
