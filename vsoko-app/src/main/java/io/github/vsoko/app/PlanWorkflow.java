package io.github.vsoko.app;

import io.github.vsoko.model.check.ModelCheck;
import io.github.vsoko.model.check.ModelCheckReport;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.report.PlanCheckReport;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.report.CyclogramReport;
import io.github.vsoko.report.PlanReport;
import io.github.vsoko.report.PlanStatusReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Plan status and cyclogram (план функционирования ВСОКО, циклограмма): the plan and its month grid as documents,
 * and on a date what is due this month and what is overdue, road-map actions included; the model check of a plan.
 *
 * @since 0.1.0
 */
public final class PlanWorkflow {
  /** Runs it. */
  public PlanOutcome run(PlanRequest request) {
    List<PlanItem> due = List.of();
    List<PlanItem> overdue = List.of();
    List<RoadMapAction> actions = List.of();
    if (request.on().isPresent()) {
      LocalDate on = request.on().get();
      List<PlanItem> inMonth = request.plan().dueIn(YearMonth.from(on));
      due = inMonth;
      overdue = request.plan().overdueOn(on).stream().filter(i -> !inMonth.contains(i)).toList();
      actions = request.roadMap().map(m -> m.actions().stream().filter(a -> a.isOverdue(request.plan().year(), on)).toList())
          .orElse(List.of());
    }
    LocalDate statusDate = request.on().orElse(request.plan().year().start());
    return new PlanOutcome(due, overdue, actions, PlanReport.build(request.plan(), request.reportOptions()),
        CyclogramReport.build(request.plan(), request.on(), request.reportOptions()),
        PlanStatusReport.build(request.plan(), due, overdue, actions, statusDate, request.reportOptions()));
  }

  /**
   * Checks a plan against the criteria of a ВСОКО model (every row with a criterion or indicator, a responsible party,
   * a readable deadline and a document; the three quality areas covered) and lists the rows linked to no registered
   * indicator.
   */
  public PlanCheckOutcome check(VsokoPlan plan, ReportOptions options) {
    ModelCheckReport check = ModelCheck.checkPlan(plan);
    return new PlanCheckOutcome(check, PlanCheckReport.build(plan, check, plan.year().start(), options));
  }
}
