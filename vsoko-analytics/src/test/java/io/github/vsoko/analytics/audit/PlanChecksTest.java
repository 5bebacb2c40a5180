package io.github.vsoko.analytics.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.literacy.LiteracyPlan;
import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.AcademicYear;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the plan supplies when the regulation's text is silent: each plan check of a requirement, found in a plan that
 * has it and not in one that lacks it.
 */
class PlanChecksTest {
  private static final List<String> CHECKS = List.of("results_area", "process_area", "conditions_area", "responsible", "schedule",
      "document", "literacy", "literacy_indicator");

  /** One component whose every requirement no paragraph matches, each with one plan check. */
  private static AuditComponents components() {
    StringBuilder yaml = new StringBuilder("format: vsoko-audit/1\ncomponents:\n  - id: plan\n    title: План\n    requirements:\n");
    for (String check : CHECKS) {
      yaml.append("      - {name: ").append(check).append(", pattern: нигде-не-встречается, plan: ").append(check).append("}\n");
    }
    return AuditComponents.load("checks.yaml", new StringReader(yaml.toString()));
  }

  private static List<String> found(List<PlanItem> rows) {
    AuditResult r = RegulationAudit.audit(components(), "Школа", new RegulationText("положение.txt", List.of("Общие положения")),
        Optional.of(new VsokoPlan("o", AcademicYear.starting(2024), "План", rows)));
    List<String> out = new ArrayList<>();
    r.component("plan").requirements().forEach(f -> {
      if (f.passage().isPresent()) {
        out.add(f.requirement().name());
      }
    });
    return out;
  }

  private static PlanItem.Builder row(QualityArea area) {
    return PlanItem.builder(new AssessmentObject(area, "Объект")).criterion("Критерий");
  }

  @Test
  void eachCheckFindsItsRowOnly() {
    assertThat(found(List.of(row(QualityArea.RESULTS).build()))).containsExactly("results_area");
    assertThat(found(List.of(row(QualityArea.PROCESS).build()))).containsExactly("process_area");
    assertThat(found(List.of(row(QualityArea.CONDITIONS).build()))).containsExactly("conditions_area");
    assertThat(found(List.of(row(QualityArea.CONDITIONS).responsible("Директор").build())))
        .containsExactly("conditions_area", "responsible");
    assertThat(found(List.of(row(QualityArea.CONDITIONS).schedule("декабрь").build())))
        .containsExactly("conditions_area", "schedule");
    assertThat(found(List.of(row(QualityArea.CONDITIONS).documents("Справка").build())))
        .containsExactly("conditions_area", "document");
    assertThat(found(List.of(row(QualityArea.RESULTS).criterion("Уровень читательской грамотности").build())))
        .containsExactly("results_area", "literacy");
    assertThat(found(LiteracyPlan.items())).contains("literacy", "literacy_indicator");
    assertThat(found(List.of())).isEmpty();
  }

  @Test
  void aComponentListIsCheckedAsItIsRead() {
    assertThatThrownBy(() -> AuditComponents.load("a.yaml", new StringReader(
        "format: vsoko-audit/1\ncomponents:\n  - {id: a, title: А, requirements: [{name: x, pattern: x}]}\n"
            + "  - {id: a, title: Б, requirements: [{name: y, pattern: y}]}\n"))).hasMessageContaining("«a» appears twice");
    assertThatThrownBy(() -> AuditComponents.load("a.yaml", new StringReader(
        "format: vsoko-audit/1\ncomponents:\n  - {id: a, title: А, requirements: [{name: x, pattern: x}]}\n"
            + "  - {id: b, title: Б, requirements: [{name: x, pattern: x}, {name: y}]}\n")))
        .hasMessage("a.yaml, компонент 2 («b»), требование 2: нет поля «pattern»");
    assertThatThrownBy(() -> AuditComponents.load("a.yaml", new StringReader(
        "format: vsoko-audit/1\ncomponents:\n  - {id: a, title: А, requirements: [{name: x, pattern: x, plan: угадай}]}\n")))
        .hasMessageContaining("a.yaml, компонент 1 («a»), требование 1: поле «plan»");
    assertThatThrownBy(() -> AuditComponents.load("a.yaml", new StringReader(
        "format: vsoko-audit/1\ncomponents:\n  - {id: a, title: А, requirements: [{name: x, pattern: \"(\"}]}\n")))
        .hasMessageContaining("поле «pattern»: не регулярное выражение");
    assertThatThrownBy(() -> AuditComponents.load("a.yaml", new StringReader(
        "format: vsoko-audit/1\ncomponents:\n  - {id: a, title: А, requirements: [строка]}\n")))
        .hasMessageContaining("требование 1: ожидается {name: …, pattern: …}");
    AuditComponents both = AuditComponents.load("a.yaml", new StringReader(
        "format: vsoko-audit/1\ncomponents:\n  - {id: a, title: А, source: \" приказ \", requirements: [{name: x, pattern: первое, "
            + "with: второе}]}\n"));
    assertThat(both.components().get(0).source()).isEqualTo("приказ");
    assertThat(both.components().get(0).requirements().get(0).patterns()).hasSize(2);
    assertThat(AuditComponents.builtIn().components()).isNotEmpty();
  }
}
