/**
 * Surveys (анкетирование удовлетворённости): answers per option of each question, the satisfaction share of a question
 * and of a survey of one respondent group. Indicators over the same answers are written in YAML over the record kind
 * {@code surveys} (docs/surveys.md).
 *
 * <p><b>Stability: experimental.</b> New in 0.1: names and shapes may still change in any 0.x release; the
 * changelog says what changed.
 */
package io.github.vsoko.analytics.survey;
