package io.github.vsoko.analytics.survey;

import io.github.vsoko.model.school.AnswerRating;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.school.SurveyQuestion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a survey (вопрос анкеты) with its options in the order given: how many chose each, the share of
 * each among all answers to the question, and the satisfaction share — positive answers among the rated ones
 * (positive, negative, «затрудняюсь ответить»).
 *
 * @param question the question
 * @param options the options with their counts, in the order of the data
 * @since 0.1.0
 */
public record SurveyQuestionResult(SurveyQuestion question, List<SurveyAnswer> options) {
  /** Validates and copies: every option belongs to the question. */
  public SurveyQuestionResult {
    Objects.requireNonNull(question, "question");
    options = List.copyOf(options);
    for (SurveyAnswer a : options) {
      if (!a.questionKey().equals(question)) {
        throw new IllegalArgumentException("option «" + a.option() + "» belongs to «" + a.question() + "», not to «"
            + question.question() + "»");
      }
    }
  }

  /** All answers to the question: the base of each option's share (for a single-choice question, the respondents). */
  public long answered() {
    return options.stream().mapToLong(SurveyAnswer::count).sum();
  }

  /** Answers with a rating (positive, negative, undecided): the base of the satisfaction share. */
  public long rated() {
    return options.stream().filter(a -> a.rating().rated()).mapToLong(SurveyAnswer::count).sum();
  }

  /** Positive answers. */
  public long positive() {
    return options.stream().filter(a -> a.rating() == AnswerRating.POSITIVE).mapToLong(SurveyAnswer::count).sum();
  }

  /** Whether the question asks about satisfaction at all (has a rated option). */
  public boolean assessing() {
    return options.stream().anyMatch(a -> a.rating().rated());
  }

  /** The share of an option among all answers, in per cent; empty when nobody answered. */
  public Optional<BigDecimal> share(SurveyAnswer option) {
    return SurveyAnalysis.percent(option.count(), answered());
  }

  /** Positive answers among the rated ones, in per cent (2 decimals, HALF_UP); empty without rated answers. */
  public Optional<BigDecimal> satisfaction() {
    return SurveyAnalysis.percent(positive(), rated());
  }
}
