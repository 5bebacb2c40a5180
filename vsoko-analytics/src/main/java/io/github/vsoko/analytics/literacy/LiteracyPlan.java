package io.github.vsoko.analytics.literacy;

import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.LiteracyDirection;
import java.util.ArrayList;
import java.util.List;

/**
 * Functional-literacy diagnostics as procedures of the plan of functioning (the Yeniseisk decision, part 2: «Включить в положения о
 * ВСОКО инструменты и процедуры оценки функциональной грамотности»; «Участие ОУ в процедурах оценки функциональной
 * грамотности на платформах РЭШ, Учи.ру — постоянно»): one row per direction, in the area of results, with the
 * indicator of the set {@code vsoko.analytics}, the responsible role, the schedule and the document.
 *
 * @since 0.1.0
 */
public final class LiteracyPlan {
  /** The assessment object of the rows. */
  public static final String OBJECT = "Функциональная грамотность обучающихся";

  private LiteracyPlan() {}

  /** The six rows, diagnostics in October and April («Октябрь, апрель»). */
  public static List<PlanItem> items() {
    return items("Октябрь, апрель");
  }

  /**
   * The six rows with the given schedule.
   *
   * @param schedule a deadline text the schedule parser reads («Октябрь, апрель», «В течение учебного года»)
   */
  public static List<PlanItem> items(String schedule) {
    AssessmentObject object = new AssessmentObject(QualityArea.RESULTS, OBJECT);
    List<PlanItem> items = new ArrayList<>();
    LiteracyDirection[] directions = LiteracyDirection.values();
    for (int i = 0; i < directions.length; i++) {
      LiteracyDirection d = directions[i];
      items.add(PlanItem.builder(object)
          .criterion("Уровень сформированности: " + d.title().toLowerCase(java.util.Locale.ROOT)
              + " (диагностика на платформе РЭШ, Учи.ру или региональная)")
          .indicator(IndicatorReference.registered("vsoko.analytics/5." + (i + 1)))
          .responsible("Заместитель директора по УВР", "Руководители МО")
          .schedule(schedule)
          .documents("Аналитическая справка по результатам диагностики функциональной грамотности")
          .build());
    }
    return List.copyOf(items);
  }

  /** Functional literacy and its directions as plans and regulations word them (lower case, «ё» as «е»). */
  public static final java.util.regex.Pattern WORDING = java.util.regex.Pattern.compile(
      "(функциональн|читательск|математическ|естественн[\\w-]*научн|финансов)\\w*\\s+грамотност|глобальн\\w*\\s+компетенц"
          + "|креативн\\w*\\s+мышлени",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /** Whether a plan row is about functional literacy (its object, criteria or indicators say so). */
  public static boolean concerns(PlanItem item) {
    return WORDING.matcher(item.text().replace('ё', 'е')).find();
  }

    /** A copy of the plan with the rows added (rows of the same criterion already in the plan are kept, not doubled). */
  public static VsokoPlan addTo(VsokoPlan plan) {
    List<PlanItem> all = new ArrayList<>(plan.items());
    for (PlanItem item : items()) {
      boolean present = plan.items().stream().anyMatch(p -> p.object().equals(item.object()) && p.criteria().equals(item.criteria()));
      if (!present) {
        all.add(item);
      }
    }
    return new VsokoPlan(plan.organizationId(), plan.year(), plan.title(), all);
  }
}
