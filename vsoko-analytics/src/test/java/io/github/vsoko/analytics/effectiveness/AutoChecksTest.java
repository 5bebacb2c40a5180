package io.github.vsoko.analytics.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.analytics.literacy.LiteracyPlan;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.framework.VsokoDocument;
import io.github.vsoko.model.framework.VsokoDocumentType;
import io.github.vsoko.model.management.ControlIndicator;
import io.github.vsoko.model.management.Direction;
import io.github.vsoko.model.management.OrganizationAddressee;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RecommendationStatus;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each automatic check of the effectiveness sheet at each of its scores, on models built for the purpose (2024/2025). */
class AutoChecksTest {
  private static final AcademicYear YEAR = AcademicYear.starting(2024);

  private static PlanItem row(QualityArea area, String criterion, String schedule) {
    PlanItem.Builder b = PlanItem.builder(new AssessmentObject(area, "Объект")).criterion(criterion).responsible("Директор");
    return (schedule == null ? b : b.schedule(schedule)).build();
  }

  private static VsokoPlan plan(AcademicYear year, PlanItem... items) {
    return new VsokoPlan("o", year, "План ВСОКО", List.of(items));
  }

  private static VsokoModel model(List<VsokoDocument> docs, VsokoPlan plan, List<RoadMap> roadMaps) {
    return new VsokoModel(docs, List.of(), List.of(), List.of(), List.of(), List.of(), plan, roadMaps);
  }

  private static VsokoModel model(List<VsokoDocument> docs) {
    return model(docs, plan(YEAR), List.of());
  }

  private static VsokoModel model(VsokoPlan plan) {
    return model(List.of(), plan, List.of());
  }

  private static VsokoDocument doc(VsokoDocumentType type, String title, LocalDate approved, LocalDate published, String url) {
    return new VsokoDocument(type, title, Optional.ofNullable(approved), Optional.ofNullable(published), Optional.ofNullable(url));
  }

  private static AutoChecks.Scored score(AutoCheck check, VsokoModel m) {
    return score(check, new SheetInputs("o", "Школа", YEAR, Optional.of(m), Optional.empty(), List.of()));
  }

  private static AutoChecks.Scored score(AutoCheck check, SheetInputs in) {
    return AutoChecks.score(check, in).orElseThrow();
  }

  @Test
  void theRegulationIsCurrentFromTheFirstOfSeptember2022() {
    assertThat(score(AutoCheck.REGULATION_CURRENT, model(List.of())).score()).isZero();
    assertThat(score(AutoCheck.REGULATION_CURRENT, model(List.of(doc(VsokoDocumentType.REGULATION, "Положение",
        LocalDate.of(2022, 9, 1), null, null)))).score()).isEqualTo(2);
    AutoChecks.Scored before = score(AutoCheck.REGULATION_CURRENT, model(List.of(doc(VsokoDocumentType.REGULATION, "Положение",
        LocalDate.of(2022, 8, 31), null, null))));
    assertThat(before.score()).isEqualTo(1);
    assertThat(before.evidence()).contains("утверждено 31.08.2022");
    assertThat(score(AutoCheck.REGULATION_CURRENT, model(List.of(doc(VsokoDocumentType.REGULATION, "Положение", null, null, null))))
        .evidence()).contains("без даты утверждения");
    // of two regulations, the one approved later counts
    assertThat(score(AutoCheck.REGULATION_CURRENT, model(List.of(
        doc(VsokoDocumentType.REGULATION, "Новое", LocalDate.of(2023, 3, 1), null, null),
        doc(VsokoDocumentType.REGULATION, "Старое", LocalDate.of(2019, 3, 1), null, null)))).score()).isEqualTo(2);
    assertThat(AutoChecks.score(AutoCheck.REGULATION_CURRENT, new SheetInputs("o", "Школа", YEAR, Optional.empty(),
        Optional.empty(), List.of()))).isEmpty(); // no model: no automatic score
  }

  @Test
  void thePlanOfTheYearAndItsDeadlines() {
    PlanItem dated = row(QualityArea.RESULTS, "Успеваемость", "декабрь");
    PlanItem undated = row(QualityArea.PROCESS, "Уроки", null);
    assertThat(score(AutoCheck.PLAN_FOR_YEAR, model(plan(YEAR))).score()).isZero();
    assertThat(score(AutoCheck.PLAN_FOR_YEAR, model(plan(AcademicYear.starting(2023), dated))).score()).isEqualTo(1);
    assertThat(score(AutoCheck.PLAN_FOR_YEAR, model(plan(YEAR, dated))).score()).isEqualTo(2);
    assertThat(score(AutoCheck.CYCLOGRAM, model(plan(YEAR))).score()).isZero();
    assertThat(score(AutoCheck.CYCLOGRAM, model(plan(YEAR, undated))).score()).isZero();
    AutoChecks.Scored half = score(AutoCheck.CYCLOGRAM, model(plan(YEAR, dated, undated)));
    assertThat(half.score()).isEqualTo(1);
    assertThat(half.evidence()).isEqualTo("сроки указаны в 1 из 2 строк плана");
    assertThat(score(AutoCheck.CYCLOGRAM, model(plan(YEAR, dated))).score()).isEqualTo(2);
  }

  @Test
  void theThreeAreasOfThePlan() {
    PlanItem results = row(QualityArea.RESULTS, "Успеваемость", "декабрь");
    PlanItem process = row(QualityArea.PROCESS, "Уроки", "декабрь");
    PlanItem conditions = row(QualityArea.CONDITIONS, "Кадры", "декабрь");
    assertThat(score(AutoCheck.THREE_AREAS, model(plan(YEAR, results))).score()).isZero();
    AutoChecks.Scored two = score(AutoCheck.THREE_AREAS, model(plan(YEAR, results, process)));
    assertThat(two.score()).isEqualTo(1);
    assertThat(two.evidence()).contains("2 из 3", "нет: «" + QualityArea.CONDITIONS.title() + "»");
    assertThat(score(AutoCheck.THREE_AREAS, model(plan(YEAR, results, process, conditions))).evidence())
        .isEqualTo("направлений в плане: 3 из 3");
  }

  @Test
  void aRoadMapWithActionsOrOnlyNamed() {
    assertThat(score(AutoCheck.ROAD_MAP, model(List.of(), plan(YEAR), List.of(School29Regulation.roadMap()))).score()).isEqualTo(2);
    assertThat(score(AutoCheck.ROAD_MAP, model(List.of(doc(VsokoDocumentType.ROAD_MAP, "Дорожная карта", null, null, null))))
        .score()).isEqualTo(1);
    assertThat(score(AutoCheck.ROAD_MAP, model(List.of())).score()).isZero();
  }

  /**
   * For 2024/2025 the report for 2023 is due by 20.04.2024: placed on that day — 2; a day later — 1; without a date of
   * placing — 1; only the report for 2022 — 1; a report whose year nothing tells — 1; none — 0. A title without the
   * year takes it from the approval: approved in 2024, it covers 2023.
   */
  @Test
  void theSelfAssessmentReportByTheRuleOfItsYear() {
    VsokoDocumentType r = VsokoDocumentType.SELF_ASSESSMENT_REPORT;
    assertThat(score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of())).score()).isZero();
    AutoChecks.Scored onTime = score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(doc(r, "Отчёт за 2023 год", null,
        LocalDate.of(2024, 4, 20), null))));
    assertThat(onTime.score()).isEqualTo(2);
    assertThat(onTime.evidence()).contains("в срок", "следующий — за 2024 год, срок — 20.04.2025");
    assertThat(score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(doc(r, "Отчёт за 2023 год", null,
        LocalDate.of(2024, 4, 21), null)))).evidence()).contains("позже срока");
    assertThat(score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(doc(r, "Отчёт за 2023 год", null, null, null)))).evidence())
        .contains("без даты размещения");
    AutoChecks.Scored old = score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(doc(r, "Отчёт за 2022 год", null,
        LocalDate.of(2023, 4, 1), null))));
    assertThat(old.score()).isEqualTo(1);
    assertThat(old.evidence()).contains("за 2022 год; отчёта за 2023 год нет (срок — 20.04.2024)");
    assertThat(score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(doc(r, "Отчёт", null, null, null)))).evidence())
        .contains("не известно, за какой год");
    VsokoDocument approved = doc(r, "Отчёт о самообследовании", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1), null);
    assertThat(AutoChecks.coveredYear(approved)).hasValue(2023);
    assertThat(score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(approved))).score()).isEqualTo(2);
    // the latest of several reports counts
    assertThat(score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(doc(r, "Отчёт за 2022 год", null, LocalDate.of(2023, 4, 1),
        null), doc(r, "Отчёт за 2023 год", null, LocalDate.of(2024, 4, 1), null)))).score()).isEqualTo(2);
  }

  @Test
  void functionalLiteracyRowsWithIndicatorsOrWithout() {
    assertThat(score(AutoCheck.FUNCTIONAL_LITERACY, model(plan(YEAR, row(QualityArea.RESULTS, "Успеваемость", "декабрь"))))
        .score()).isZero();
    assertThat(score(AutoCheck.FUNCTIONAL_LITERACY, model(plan(YEAR, row(QualityArea.RESULTS,
        "Уровень читательской грамотности", "декабрь")))).score()).isEqualTo(1);
    assertThat(score(AutoCheck.FUNCTIONAL_LITERACY, model(LiteracyPlan.addTo(plan(YEAR)))).score()).isEqualTo(2);
  }

  /** A plan row comparing internal with external assessment is 1; ВПР participants compared with the journal add 1. */
  @Test
  void theComparisonOfInternalAndExternalAssessment() {
    PlanItem comparing = row(QualityArea.RESULTS, "Сопоставление внутренней и внешней оценки", "май");
    PlanItem confirmed = row(QualityArea.RESULTS, "Доля обучающихся, подтвердивших отметки", "май");
    assertThat(score(AutoCheck.INTERNAL_EXTERNAL_COMPARISON, model(plan(YEAR, row(QualityArea.RESULTS, "Внешняя оценка", "май"))))
        .score()).isZero();
    assertThat(score(AutoCheck.INTERNAL_EXTERNAL_COMPARISON, model(plan(YEAR, comparing))).score()).isEqualTo(1);
    assertThat(score(AutoCheck.INTERNAL_EXTERNAL_COMPARISON, model(plan(YEAR, confirmed))).score()).isEqualTo(1);
    List<VprResult> vpr = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      vpr.add(new VprResult("p" + i, "sch1", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(5), 2024, Optional.of("1"),
          false, List.of(), OptionalInt.of(10), Optional.of(i == 0 ? MarkValue.THREE : MarkValue.FOUR), Optional.of(MarkValue.FOUR)));
    }
    SchoolData data = SmallSchool.data().toBuilder().vpr(vpr).build();
    AutoChecks.Scored both = score(AutoCheck.INTERNAL_EXTERNAL_COMPARISON, new SheetInputs("o", "Школа", YEAR,
        Optional.of(model(plan(YEAR, comparing))), Optional.of(data), List.of()));
    assertThat(both.score()).isEqualTo(2);
    assertThat(both.evidence()).contains("участников ВПР с отметкой и отметкой по журналу: 4", "подтвердили 75 %, понизили 25 %");
    assertThat(score(AutoCheck.INTERNAL_EXTERNAL_COMPARISON, new SheetInputs("o", "Школа", YEAR, Optional.empty(),
        Optional.of(data), List.of())).score()).isEqualTo(1); // data without a model: the comparison is there
    assertThat(AutoChecks.score(AutoCheck.INTERNAL_EXTERNAL_COMPARISON, new SheetInputs("o", "Школа", YEAR, Optional.empty(),
        Optional.empty(), List.of()))).isEmpty();
  }

  private static Recommendation recommendation(String id, boolean responsible, boolean control, RecommendationStatus status) {
    Recommendation.Builder b = Recommendation.builder(id, "Действие").addressee(new OrganizationAddressee("o", "Школа"))
        .deadline("до 01.06.2025").status(status);
    if (responsible) {
      b.responsible(Responsible.of("Заместитель директора по УВР"));
    }
    if (control) {
      b.control(new ControlIndicator(io.github.vsoko.model.framework.IndicatorReference.registered("order1324.general/1.5"),
          Optional.of(new BigDecimal("40")), Optional.of(new BigDecimal("45")), Direction.INCREASE));
    }
    return b.build();
  }

  private static AutoChecks.Scored withRecommendations(AutoCheck check, Recommendation... recs) {
    return score(check, new SheetInputs("o", "Школа", YEAR, Optional.empty(), Optional.empty(), List.of(recs)));
  }

  @Test
  void recommendationsToTheSchoolAndTheirFollowUp() {
    Recommendation elsewhere = Recommendation.builder("x", "Действие").addressee(new OrganizationAddressee("другая", "Другая"))
        .deadline("до 01.06.2025").responsible(Responsible.of("Директор")).status(RecommendationStatus.DONE).build();
    assertThat(withRecommendations(AutoCheck.RECOMMENDATIONS, elsewhere).score()).isZero();
    assertThat(withRecommendations(AutoCheck.RECOMMENDATIONS, recommendation("a", true, false, RecommendationStatus.ISSUED))
        .score()).isEqualTo(2);
    assertThat(withRecommendations(AutoCheck.RECOMMENDATIONS, recommendation("a", true, false, RecommendationStatus.ISSUED),
        recommendation("b", false, false, RecommendationStatus.ISSUED)).evidence())
        .isEqualTo("адресных рекомендаций: 2, с ответственными и сроками: 1");
    assertThat(withRecommendations(AutoCheck.FOLLOW_UP, elsewhere).score()).isZero();
    assertThat(withRecommendations(AutoCheck.FOLLOW_UP, recommendation("a", true, false, RecommendationStatus.ISSUED)).score())
        .isZero();
    assertThat(withRecommendations(AutoCheck.FOLLOW_UP, recommendation("a", true, true, RecommendationStatus.ISSUED)).score())
        .isEqualTo(1);
    assertThat(withRecommendations(AutoCheck.FOLLOW_UP, recommendation("a", true, false, RecommendationStatus.NOT_DONE)).score())
        .isEqualTo(1);
    assertThat(withRecommendations(AutoCheck.FOLLOW_UP, recommendation("a", true, true, RecommendationStatus.DONE)).score())
        .isEqualTo(2);
  }

  @Test
  void theDocumentsOnTheSite() {
    VsokoDocument regulation = doc(VsokoDocumentType.REGULATION, "Положение", null, null, "https://s.example/vsoko/reg.pdf");
    VsokoDocument plan = doc(VsokoDocumentType.PLAN, "План", null, null, null);
    assertThat(score(AutoCheck.SITE_SECTION, model(List.of())).score()).isZero();
    assertThat(score(AutoCheck.SITE_SECTION, model(List.of(plan))).score()).isZero();
    assertThat(score(AutoCheck.SITE_SECTION, model(List.of(regulation))).evidence())
        .isEqualTo("на сайте 1 из 1 документов ВСОКО, в том числе положение");
    AutoChecks.Scored some = score(AutoCheck.SITE_SECTION, model(List.of(doc(VsokoDocumentType.REGULATION, "Положение", null, null,
        null), doc(VsokoDocumentType.PLAN, "План", null, null, "https://s.example/plan.pdf"))));
    assertThat(some.score()).isEqualTo(1);
    assertThat(some.evidence()).endsWith("положения нет");
  }

  /** The model check: passed is 2, up to three findings 1, more 0 — the first finding quoted. */
  @Test
  void theModelCheckByItsFindings() {
    for (VsokoModel m : List.of(School29Regulation.model(), model(List.of()),
        model(plan(YEAR, row(QualityArea.RESULTS, "Успеваемость", null))))) {
      io.github.vsoko.model.check.ModelCheckReport report = io.github.vsoko.model.check.ModelCheck.check(m);
      int n = report.findings().size();
      AutoChecks.Scored s = score(AutoCheck.MODEL_CHECK, m);
      assertThat(s.score()).as(report.toString()).isEqualTo(report.passed() ? 2 : n <= 3 ? 1 : 0);
      if (!report.passed()) {
        assertThat(s.evidence()).isEqualTo("замечаний проверки модели: " + n + " (например: " + report.findings().get(0).message()
            + ")");
      }
    }
  }

  /** The data's literacy results are told beside the plan rows; a regulation is looked for among regulations only. */
  @Test
  void literacyResultsInTheDataAndDocumentsByType() {
    SchoolData data = SmallSchool.data().toBuilder().literacy(List.of(io.github.vsoko.model.school.LiteracyResult.of("s5",
        io.github.vsoko.model.school.LiteracyDirection.READING, LocalDate.of(2024, 10, 1),
        io.github.vsoko.model.school.LiteracyLevel.LOW))).build();
    AutoChecks.Scored none = score(AutoCheck.FUNCTIONAL_LITERACY, new SheetInputs("o", "Школа", YEAR,
        Optional.of(model(plan(YEAR))), Optional.of(data), List.of()));
    assertThat(none.score()).isZero();
    assertThat(none.evidence()).endsWith("; результатов диагностик в данных: 1");
    assertThat(score(AutoCheck.FUNCTIONAL_LITERACY, model(plan(YEAR))).evidence())
        .isEqualTo("в плане нет процедур и показателей функциональной грамотности");
    assertThat(score(AutoCheck.REGULATION_CURRENT, model(List.of(doc(VsokoDocumentType.PLAN, "План", LocalDate.of(2024, 9, 1),
        null, null)))).score()).isZero();
  }

  /** The report for 2024 placed in time within 2024/2025: the next one is for 2025, due 20.04.2026. */
  @Test
  void theNextReportAfterAnEarlyOne() {
    assertThat(score(AutoCheck.SELF_ASSESSMENT_PUBLISHED, model(List.of(doc(VsokoDocumentType.SELF_ASSESSMENT_REPORT,
        "Отчёт за 2024 год", null, LocalDate.of(2025, 4, 10), null)))).evidence())
        .endsWith("следующий — за 2025 год, срок — 20.04.2026");
  }

  /**
   * Only participants with both marks are compared: an absent one and one without a journal mark are not; the markers
   * of the work are named when there are any.
   */
  @Test
  void onlyParticipantsWithBothMarksAreCompared() {
    List<VprResult> vpr = new ArrayList<>();
    for (int i = 0; i < 3; i++) { // the higher the journal mark, the lower the score: r_s = −1, a marker
      vpr.add(new VprResult("p" + i, "sch1", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(5), 2024, Optional.of("1"),
          false, List.of(), OptionalInt.of(10 + 2 * i), Optional.of(MarkValue.THREE), Optional.of(MarkValue.of(5 - i))));
    }
    vpr.add(new VprResult("q", "sch1", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(5), 2024, Optional.of("1"), false,
        List.of(), OptionalInt.of(10), Optional.of(MarkValue.FOUR), Optional.empty()));
    vpr.add(new VprResult("r", "sch1", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(5), 2024, Optional.empty(), true,
        List.of(), OptionalInt.empty(), Optional.empty(), Optional.of(MarkValue.FOUR)));
    SchoolData data = SmallSchool.data().toBuilder().vpr(vpr).build();
    AutoChecks.Scored s = score(AutoCheck.INTERNAL_EXTERNAL_COMPARISON, new SheetInputs("o", "Школа", YEAR, Optional.empty(),
        Optional.of(data), List.of()));
    assertThat(s.evidence()).contains("участников ВПР с отметкой и отметкой по журналу: 3", "маркеры объективности: ")
        .doesNotContain("маркеры объективности: нет");
  }
}
