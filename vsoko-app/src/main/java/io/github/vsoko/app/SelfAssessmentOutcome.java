package io.github.vsoko.app;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.report.Report;
import java.util.Objects;

/**
 * A self-assessment: the indicator values and the report (отчёт о результатах самообследования).
 *
 * @param set the indicator set evaluated
 * @param evaluation the values, explanations and consistency warnings
 * @param report the report: analytical part and the indicator table
 * @since 0.1.0
 */
public record SelfAssessmentOutcome(IndicatorSet set, EvaluationResult evaluation, Report report) {
  /** Validates. */
  public SelfAssessmentOutcome {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(report, "report");
  }
}
