package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;

/**
 * One question of one survey of one respondent group on one date (вопрос анкеты): the key that groups answer options.
 *
 * @param survey the questionnaire
 * @param group who answered
 * @param date the date of the survey
 * @param question the question as asked
 * @since 0.1.0
 */
public record SurveyQuestion(String survey, RespondentGroup group, LocalDate date, String question) {
  /** Validates. */
  public SurveyQuestion {
    survey = Checks.text(survey, "survey");
    Checks.notNull(group, "respondent group");
    Checks.notNull(date, "survey date");
    question = Checks.text(question, "question");
  }
}
