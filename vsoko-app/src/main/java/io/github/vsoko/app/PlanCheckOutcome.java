package io.github.vsoko.app;

import io.github.vsoko.model.check.ModelCheckReport;
import io.github.vsoko.report.Report;
import java.util.Objects;

/**
 * A plan checked against the criteria of a ВСОКО model (проверка плана функционирования).
 *
 * @param check the findings
 * @param report the findings and the rows linked to no registered indicator (report kind {@code plan-check})
 * @since 0.1.0
 */
public record PlanCheckOutcome(ModelCheckReport check, Report report) {
  /** Validates. */
  public PlanCheckOutcome {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(report, "report");
  }
}
