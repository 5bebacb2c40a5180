package io.github.vsoko.app;

import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * A class followed across periods (когорта): one group per period, oldest first, and the report.
 *
 * @param periods the groups, keyed by period and the classes of that year
 * @param vpr the ВПР works the cohort's classes wrote, oldest first; empty without ВПР rows of those classes
 * @param report the report (kind {@code attestation}, no total row; a ВПР table when there are works)
 * @since 0.1.0
 */
public record CohortOutcome(List<AttestationGroup> periods, List<io.github.vsoko.analytics.vpr.VprCohortWork> vpr,
    Report report) {
  /** Validates and copies. */
  public CohortOutcome {
    periods = List.copyOf(periods);
    vpr = List.copyOf(vpr);
    Objects.requireNonNull(report, "report");
  }
}
