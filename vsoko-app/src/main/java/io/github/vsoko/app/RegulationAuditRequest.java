package io.github.vsoko.app;

import io.github.vsoko.analytics.audit.AuditComponents;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.report.ReportOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the audit of ВСОКО regulations (экспертиза положений о ВСОКО) checks.
 *
 * @param regulations one school's regulation, or many (a municipality's)
 * @param plan the first school's plan of functioning, which may prove components the text does not
 * @param components the required components (built-in or a region's own)
 * @param date the audit's date
 * @param reportOptions language
 * @since 0.1.0
 */
public record RegulationAuditRequest(List<AuditedRegulation> regulations, Optional<VsokoPlan> plan, AuditComponents components,
    LocalDate date, ReportOptions reportOptions) {
  /** Validates and copies. */
  public RegulationAuditRequest {
    regulations = List.copyOf(regulations);
    if (regulations.isEmpty()) {
      throw new IllegalArgumentException("an audit needs at least one regulation");
    }
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(components, "components");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reportOptions, "report options");
  }
}
