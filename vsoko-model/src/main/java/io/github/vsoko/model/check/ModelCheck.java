package io.github.vsoko.model.check;

import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks a ВСОКО model against the criteria of the criteria of a ВСОКО model: all components present (objects,
 * participants, procedures, instruments, resources), products present, the three areas covered, and
 * every plan item with a criterion or indicator, a responsible party, a schedule and a document
 * format. Findings are in Russian and point at the component or plan row concerned.
 *
 * <p>The seed's fourth criterion, «взаимозависимость компонентов», is a judgement and is not checked.
 *
 * @since 0.1.0
 */
public final class ModelCheck {
  private static final String MODEL = "Модель ВСОКО";

  private ModelCheck() {}

  /** Checks the whole model, plan included. */
  public static ModelCheckReport check(VsokoModel model) {
    List<ModelCheckFinding> findings = new ArrayList<>();
    if (model.plan().items().isEmpty()) {
      findings.add(component(ModelCheckRule.OBJECTS_PRESENT,
          "не определены объекты ВСОКО: план функционирования не содержит ни одной строки"));
    }
    if (model.participants().isEmpty()) {
      findings.add(component(ModelCheckRule.PARTICIPANTS_PRESENT,
          "не определены субъекты ВСОКО (администрация, педагогический совет, методические объединения…)"));
    }
    if (model.procedures().isEmpty()) {
      findings.add(component(ModelCheckRule.PROCEDURES_PRESENT,
          "не определены процедуры оценки (внутренние и внешние)"));
    }
    if (model.instruments().isEmpty()) {
      findings.add(component(ModelCheckRule.INSTRUMENTS_PRESENT,
          "не определён инструментарий ВСОКО (внутренний и внешний мониторинг)"));
    }
    if (model.resources().isEmpty()) {
      findings.add(component(ModelCheckRule.RESOURCES_PRESENT,
          "не определены ресурсы ВСОКО (информационное, кадровое, психолого-педагогическое, материально-техническое обеспечение)"));
    }
    if (model.products().isEmpty()) {
      findings.add(component(ModelCheckRule.PRODUCTS_PRESENT,
          "не определены продукты ВСОКО (отчёт о самообследовании, публичный доклад, статистические данные…)"));
    }
    findings.addAll(checkPlan(model.plan()).findings());
    return new ModelCheckReport(findings);
  }

  /** Checks a plan of functioning alone: the three areas and every row. */
  public static ModelCheckReport checkPlan(VsokoPlan plan) {
    List<ModelCheckFinding> findings = new ArrayList<>();
    String planName = "План функционирования ВСОКО на " + plan.year() + " учебный год";
    Set<QualityArea> covered = plan.coveredAreas();
    for (QualityArea area : QualityArea.values()) {
      if (!covered.contains(area)) {
        findings.add(new ModelCheckFinding(ModelCheckRule.AREA_COVERED, OptionalInt.empty(), planName,
            "нет ни одной строки по направлению «" + area.title() + "»"));
      }
    }
    List<PlanItem> items = plan.items();
    for (int i = 0; i < items.size(); i++) {
      PlanItem item = items.get(i);
      int row = i + 1;
      String location = planName + ", строка " + row + " («" + item.object().title() + "»)";
      if (item.criteria().isEmpty() && item.indicators().isEmpty()) {
        findings.add(row(ModelCheckRule.ITEM_HAS_CRITERION, row, location, "не указаны ни критерии, ни показатели оценки"));
      }
      if (item.responsible().isEmpty()) {
        findings.add(row(ModelCheckRule.ITEM_HAS_RESPONSIBLE, row, location, "не указан ответственный"));
      }
      if (!item.schedule().isSpecified()) {
        findings.add(row(ModelCheckRule.ITEM_HAS_SCHEDULE, row, location, "не указаны сроки"));
      } else if (!item.schedule().isRecognised()) {
        findings.add(row(ModelCheckRule.ITEM_HAS_SCHEDULE, row, location, "срок «" + item.schedule().format()
            + "» не распознан: по нему нельзя судить о выполнении; запишите дату, месяц, период или периодичность"));
      }
      if (item.documents().isEmpty()) {
        findings.add(row(ModelCheckRule.ITEM_HAS_DOCUMENT, row, location, "не указан формат документа"));
      }
    }
    return new ModelCheckReport(findings);
  }

  private static ModelCheckFinding component(ModelCheckRule rule, String message) {
    return new ModelCheckFinding(rule, OptionalInt.empty(), MODEL, message);
  }

  private static ModelCheckFinding row(ModelCheckRule rule, int row, String location, String message) {
    return new ModelCheckFinding(rule, OptionalInt.of(row), location, message);
  }
}
