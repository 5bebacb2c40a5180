package io.github.vsoko.app;

import io.github.vsoko.analytics.survey.SurveySummary;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * The surveys of a period.
 *
 * @param surveys one entry per survey of one respondent group; empty when the period has none
 * @param report the report (kind {@code surveys})
 * @since 0.1.0
 */
public record SurveyOutcome(List<SurveySummary> surveys, Report report) {
  /** Validates and copies. */
  public SurveyOutcome {
    surveys = List.copyOf(surveys);
    Objects.requireNonNull(report, "report");
  }
}
