package io.github.vsoko.app;

import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * A plan's documents and its status on the date asked.
 *
 * @param due rows due in the date's month
 * @param overdue rows whose deadline has passed (not among {@code due})
 * @param overdueActions road-map actions overdue and not done
 * @param plan the plan as a table (report kind {@code plan})
 * @param cyclogram the month grid (report kind {@code cyclogram})
 * @param status what is due and overdue (report kind {@code plan-status})
 * @since 0.1.0
 */
public record PlanOutcome(List<PlanItem> due, List<PlanItem> overdue, List<RoadMapAction> overdueActions, Report plan,
    Report cyclogram, Report status) {
  /** Validates and copies. */
  public PlanOutcome {
    due = List.copyOf(due);
    overdue = List.copyOf(overdue);
    overdueActions = List.copyOf(overdueActions);
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(cyclogram, "cyclogram");
    Objects.requireNonNull(status, "status");
  }
}
