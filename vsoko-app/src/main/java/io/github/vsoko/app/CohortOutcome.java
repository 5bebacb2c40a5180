package io.github.vsoko.app;

import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * A class followed across periods (когорта): one group per period, oldest first, and the report.
 *
 * @param periods the groups, keyed by period and the classes of that year
 * @param report the report (kind {@code attestation}, no total row)
 * @since 0.1.0
 */
public record CohortOutcome(List<AttestationGroup> periods, Report report) {
  /** Validates and copies. */
  public CohortOutcome {
    periods = List.copyOf(periods);
    Objects.requireNonNull(report, "report");
  }
}
