package io.github.vsoko.app;

import io.github.vsoko.analytics.management.RecommendationFollowUp;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * A follow-up of recommendations: each checked, and the report (kind {@code follow-up}).
 *
 * @param followUps one per recommendation, in its order
 * @param report baseline, target and result of every recommendation
 * @since 0.1.0
 */
public record FollowUpOutcome(List<RecommendationFollowUp> followUps, Report report) {
  /** Validates and copies. */
  public FollowUpOutcome {
    followUps = List.copyOf(followUps);
    Objects.requireNonNull(report, "report");
  }
}
