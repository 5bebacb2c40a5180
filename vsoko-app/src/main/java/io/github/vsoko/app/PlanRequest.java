package io.github.vsoko.app;

import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.report.ReportOptions;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan of functioning to report and judge on a date.
 *
 * @param plan the plan (план функционирования ВСОКО)
 * @param roadMap a road map whose overdue actions are listed with the plan's, if any
 * @param on the date of «due this month / overdue»; without it the cyclogram marks nothing and the status is empty
 * @param reportOptions language and the report's date
 * @since 0.1.0
 */
public record PlanRequest(VsokoPlan plan, Optional<RoadMap> roadMap, Optional<LocalDate> on, ReportOptions reportOptions) {
  /** Validates. */
  public PlanRequest {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(roadMap, "road map");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reportOptions, "report options");
  }
}
