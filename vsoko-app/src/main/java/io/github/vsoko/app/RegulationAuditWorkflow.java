package io.github.vsoko.app;

import io.github.vsoko.analytics.audit.AuditResult;
import io.github.vsoko.analytics.audit.RegulationAudit;
import io.github.vsoko.report.AuditReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit of ВСОКО regulations: which required components each regulation has, with the passages that prove them.
 *
 * @since 0.1.0
 */
public final class RegulationAuditWorkflow {
  /** Runs it. */
  public RegulationAuditOutcome run(RegulationAuditRequest request) {
    List<AuditResult> results = new ArrayList<>();
    for (int i = 0; i < request.regulations().size(); i++) {
      AuditedRegulation r = request.regulations().get(i);
      results.add(RegulationAudit.audit(request.components(), r.school(), r.text(), i == 0 ? request.plan() : Optional.empty()));
    }
    return new RegulationAuditOutcome(results, AuditReport.build(results, request.date(), request.reportOptions()),
        AuditReport.summary(results, request.date(), request.reportOptions()));
  }
}
