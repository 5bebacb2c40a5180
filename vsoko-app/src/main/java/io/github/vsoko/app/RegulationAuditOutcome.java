package io.github.vsoko.app;

import io.github.vsoko.analytics.audit.AuditResult;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * Audited regulations.
 *
 * @param results one per regulation, in order
 * @param report every requirement with its passage; schools × components for many (kind {@code audit})
 * @param summary the components each school lacks (kind {@code audit-summary})
 * @since 0.1.0
 */
public record RegulationAuditOutcome(List<AuditResult> results, Report report, Report summary) {
  /** Validates and copies. */
  public RegulationAuditOutcome {
    results = List.copyOf(results);
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(summary, "summary");
  }
}
