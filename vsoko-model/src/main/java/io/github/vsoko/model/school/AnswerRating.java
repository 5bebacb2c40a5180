package io.github.vsoko.model.school;

/**
 * What an answer option says about satisfaction (оценка варианта ответа): positive («удовлетворён», «скорее да»),
 * negative, undecided («затрудняюсь ответить»), or not an assessment at all (a factual question). The satisfaction share
 * of a question counts positive answers among the positive, negative and undecided ones.
 *
 * @since 0.1.0
 */
public enum AnswerRating {
  /** Положительный: «удовлетворён», «скорее удовлетворён», «да». */
  POSITIVE("положительный"),
  /** Затрудняюсь ответить: in the base of the share, not in its numerator. */
  UNDECIDED("затрудняюсь ответить"),
  /** Отрицательный: «не удовлетворён», «скорее нет». */
  NEGATIVE("отрицательный"),
  /** Не оценочный: an option of a factual question, outside every satisfaction share. */
  UNRATED("не оценочный");

  private final String title;

  AnswerRating(String title) {
    this.title = title;
  }

  /** The Russian name, lower case. */
  public String title() {
    return title;
  }

  /** Whether the option counts in the base of a satisfaction share. */
  public boolean rated() {
    return this != UNRATED;
  }
}
