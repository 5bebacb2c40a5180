package io.github.vsoko.app;

import io.github.vsoko.analytics.survey.SurveyAnalysis;
import io.github.vsoko.analytics.survey.SurveySummary;
import io.github.vsoko.report.SurveyReport;
import java.util.List;

/**
 * Surveys (анкетирование удовлетворённости): each survey of each respondent group with its answers per option and its
 * share of positive answers.
 *
 * @since 0.1.0
 */
public final class SurveyWorkflow {
  /** Runs it. */
  public SurveyOutcome run(SurveyRequest request) {
    List<SurveySummary> surveys = SurveyAnalysis.analyse(request.data(), request.period());
    return new SurveyOutcome(surveys, SurveyReport.build(request.data().organization().shortName(),
        request.period().label(), surveys, request.period().end(), request.reportOptions()));
  }
}
