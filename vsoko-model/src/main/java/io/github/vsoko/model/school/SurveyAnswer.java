package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;

/**
 * How many respondents chose one option of one question of a questionnaire (результаты анкетирования, в агрегированном
 * виде): the survey, the respondent group, the date, the question, the option, the number who chose it and what the
 * option says about satisfaction. Aggregated counts only — no respondent is identifiable.
 *
 * @param survey the questionnaire («Удовлетворённость качеством образования»)
 * @param group who answered
 * @param date the date of the survey (its last day)
 * @param question the question as asked
 * @param option the answer option as offered
 * @param count the number of respondents who chose the option
 * @param rating what the option says about satisfaction
 * @since 0.1.0
 */
public record SurveyAnswer(String survey, RespondentGroup group, LocalDate date, String question, String option,
    int count, AnswerRating rating) {
  /** Validates: texts present, the count not negative. */
  public SurveyAnswer {
    survey = Checks.text(survey, "survey");
    Checks.notNull(group, "respondent group");
    Checks.notNull(date, "survey date");
    question = Checks.text(question, "question");
    option = Checks.text(option, "answer option");
    Checks.nonNegative(count, "count of answers");
    Checks.notNull(rating, "answer rating");
  }

  /** The question this option belongs to, as a key: survey, group, date and question. */
  public SurveyQuestion questionKey() {
    return new SurveyQuestion(survey, group, date, question);
  }
}
