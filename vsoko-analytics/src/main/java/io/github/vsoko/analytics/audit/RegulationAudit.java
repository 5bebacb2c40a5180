package io.github.vsoko.analytics.audit;

import io.github.vsoko.analytics.literacy.LiteracyPlan;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Audits a regulation (and the plan, if given) against the components: for every requirement, the first paragraph that
 * matches, else the first plan row that satisfies its {@link PlanCheck}. Nothing is inferred beyond what the text or
 * the plan says.
 *
 * @since 0.1.0
 */
public final class RegulationAudit {
  private RegulationAudit() {}

  /** Audits one school's regulation. */
  public static AuditResult audit(AuditComponents components, String school, RegulationText text, Optional<VsokoPlan> plan) {
    List<String> normalized = text.paragraphs().stream().map(AuditRequirement::normalize).toList();
    List<ComponentFinding> findings = new ArrayList<>();
    for (AuditComponent c : components.components()) {
      List<RequirementFinding> found = new ArrayList<>();
      for (AuditRequirement r : c.requirements()) {
        Optional<Passage> passage = Optional.empty();
        for (int i = 0; i < normalized.size() && passage.isEmpty(); i++) {
          if (r.matches(normalized.get(i))) {
            passage = Optional.of(new Passage(i + 1, text.paragraphs().get(i)));
          }
        }
        if (passage.isEmpty() && r.plan().isPresent() && plan.isPresent()) {
          passage = plan.get().items().stream().filter(test(r.plan().get())).findFirst().map(RegulationAudit::cite);
        }
        found.add(new RequirementFinding(r, passage));
      }
      findings.add(new ComponentFinding(c, found));
    }
    return new AuditResult(school, text.source(), findings);
  }

  private static Predicate<PlanItem> test(PlanCheck check) {
    return switch (check) {
      case RESULTS_AREA -> i -> i.area() == QualityArea.RESULTS;
      case PROCESS_AREA -> i -> i.area() == QualityArea.PROCESS;
      case CONDITIONS_AREA -> i -> i.area() == QualityArea.CONDITIONS;
      case RESPONSIBLE -> i -> !i.responsible().isEmpty();
      case SCHEDULE -> i -> !i.schedule().equals(Schedule.unspecified());
      case DOCUMENT -> i -> !i.documents().isEmpty();
      case LITERACY -> LiteracyPlan::concerns;
      case LITERACY_INDICATOR -> i -> LiteracyPlan.concerns(i) && !i.indicators().isEmpty();
    };
  }

  private static Passage cite(PlanItem i) {
    return new Passage(0, i.text());
  }
}
