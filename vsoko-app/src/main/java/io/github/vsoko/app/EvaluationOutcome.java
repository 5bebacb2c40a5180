package io.github.vsoko.app;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.report.Report;
import java.util.Objects;

/**
 * The values of an indicator set and their report (text/TSV table; JSON with every exact part).
 *
 * @param set the set evaluated
 * @param evaluation the values
 * @param report the report of kind {@code evaluation}
 * @since 0.1.0
 */
public record EvaluationOutcome(IndicatorSet set, EvaluationResult evaluation, Report report) {
  /** Validates. */
  public EvaluationOutcome {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(report, "report");
  }
}
