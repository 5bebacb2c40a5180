package io.github.vsoko.app;

import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * The results of intermediate attestation.
 *
 * @param period the period found in the data
 * @param groups the groups in order
 * @param total the total over the groups
 * @param report the report (kind {@code attestation}) with the groups' data
 * @since 0.1.0
 */
public record AttestationOutcome(ReportingPeriod period, List<AttestationGroup> groups, AttestationCounts total, Report report) {
  /** Validates and copies. */
  public AttestationOutcome {
    Objects.requireNonNull(period, "period");
    groups = List.copyOf(groups);
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(report, "report");
  }
}
