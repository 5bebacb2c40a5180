package io.github.vsoko.analytics.survey;

import io.github.vsoko.model.school.RespondentGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One survey of one respondent group on one date (анкетирование) with its questions, and its satisfaction share:
 * positive answers among the rated answers of all its assessing questions (доля положительных ответов).
 *
 * @param survey the questionnaire
 * @param group who answered
 * @param date the date
 * @param questions the questions in the order of the data
 * @since 0.1.0
 */
public record SurveySummary(String survey, RespondentGroup group, LocalDate date, List<SurveyQuestionResult> questions) {
  /** Validates and copies. */
  public SurveySummary {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(date, "date");
    questions = List.copyOf(questions);
  }

  /**
   * The number of respondents as far as the counts show it: the most answers any question got (for single-choice
   * questions that is everyone who took the survey).
   */
  public long respondents() {
    return questions.stream().mapToLong(SurveyQuestionResult::answered).max().orElse(0);
  }

  /** Rated answers over all questions: the base of the satisfaction share. */
  public long rated() {
    return questions.stream().mapToLong(SurveyQuestionResult::rated).sum();
  }

  /** Positive answers over all questions. */
  public long positive() {
    return questions.stream().mapToLong(SurveyQuestionResult::positive).sum();
  }

  /** Positive answers among the rated ones, in per cent; empty when no question asks about satisfaction. */
  public Optional<BigDecimal> satisfaction() {
    return SurveyAnalysis.percent(positive(), rated());
  }
}
