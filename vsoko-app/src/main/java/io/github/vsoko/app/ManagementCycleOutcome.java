package io.github.vsoko.app;

import io.github.vsoko.analytics.management.ManagementOutcome;
import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * What the management cycle found.
 *
 * @param measurements each school's measurements (indicators, attestation, ВПР), in the order given
 * @param outcomes findings and draft recommendations per school, most at risk first
 * @param recommendations every draft recommendation, in the outcomes' order
 * @param report the findings (kind {@code findings})
 * @since 0.1.0
 */
public record ManagementCycleOutcome(List<Measurements> measurements, List<ManagementOutcome> outcomes,
    List<Recommendation> recommendations, Report report) {
  /** Validates and copies. */
  public ManagementCycleOutcome {
    measurements = List.copyOf(measurements);
    outcomes = List.copyOf(outcomes);
    recommendations = List.copyOf(recommendations);
    Objects.requireNonNull(report, "report");
  }
}
