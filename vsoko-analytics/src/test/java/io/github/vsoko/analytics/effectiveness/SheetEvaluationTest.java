package io.github.vsoko.analytics.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.literacy.LiteracyPlan;
import io.github.vsoko.model.fixtures.Recommendations2024;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.framework.VsokoDocument;
import io.github.vsoko.model.framework.VsokoDocumentType;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.time.AcademicYear;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SheetEvaluationTest {
  private static final EffectivenessSheet SHEET = EffectivenessSheet.builtIn();

  static SheetInputs school29() {
    return new SheetInputs(School29Regulation.SCHOOL, "МБОУ СОШ № 29", AcademicYear.starting(2024), Optional.of(School29Regulation.model()),
        Optional.empty(), List.of());
  }

  static Map<String, Integer> scores(SheetResult r) {
    return r.scores().stream().collect(Collectors.toMap(s -> s.criterion().id(), CriterionScore::score));
  }

  @Test
  void theBuiltInSheet() {
    assertThat(SHEET.criteria()).hasSize(18);
    assertThat(SHEET.sections()).extracting(SheetSection::title).containsExactly("Документы ВСОКО", "Полнота ВСОКО",
        "Объективность оценочных процедур", "Использование результатов ВСОКО", "Открытость и кадры");
    assertThat(SHEET.maxTotal()).isEqualTo(36);
    assertThat(SHEET.criteria()).filteredOn(c -> c.auto().isPresent()).hasSize(12);
    assertThat(SHEET.criteria()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
  }

  @Test
  void school29ScoredAutomaticallyAndByTheSchool() {
    SheetAnswers answers = SheetAnswers.none(School29Regulation.SCHOOL)
        .with("3.1", new SheetAnswer(2, "приказ о наблюдателях на ВПР"))
        .with("3.2", new SheetAnswer(1, ""))
        .with("1.5", new SheetAnswer(2, "размещён на сайте"));
    SheetResult r = SheetEvaluation.evaluate(SHEET, school29(), answers);
    Map<String, Integer> s = scores(r);
    // the regulation approved 03.04.2025 (after 01.09.2022), the plan for 2024/2025, the road map with actions, all three areas
    assertThat(s).containsEntry("1.1", 2).containsEntry("1.2", 2).containsEntry("1.4", 2).containsEntry("2.1", 2);
    // no self-assessment report among the model's documents: 0, and the school's «2» is shown but not counted
    assertThat(s).containsEntry("1.5", 0);
    assertThat(r.scores().get(4).evidence()).contains("отчёта о самообследовании в документах ВСОКО нет", "ответ ОО: 2 — не учтён");
    // the seed's regulation has no functional literacy
    assertThat(s).containsEntry("2.3", 0);
    // a plan row compares internal and external assessment, but no ВПР data was given
    assertThat(s).containsEntry("3.3", 1);
    // no recommendations, no document addresses
    assertThat(s).containsEntry("4.1", 0).containsEntry("4.2", 0).containsEntry("5.1", 0);
    assertThat(s).containsEntry("3.1", 2).containsEntry("3.2", 1);
    assertThat(r.scores().get(9).source()).isEqualTo(ScoreSource.SCHOOL);
    assertThat(r.unanswered()).extracting(c -> c.criterion().id()).containsExactly("3.4", "4.3", "4.4", "5.2");
    assertThat(r.total()).isEqualTo(r.scores().stream().mapToInt(CriterionScore::score).sum());
    assertThat(r.max()).isEqualTo(36);
  }

  @Test
  void addingTheLiteracyProceduresAndPublishingTheReportRaiseTheScore() {
    VsokoModel m = School29Regulation.model();
    List<VsokoDocument> docs = new ArrayList<>(m.documents());
    docs.add(new VsokoDocument(VsokoDocumentType.SELF_ASSESSMENT_REPORT, "Отчёт о результатах самообследования за 2024 год",
        Optional.of(LocalDate.of(2025, 4, 10)), Optional.of(LocalDate.of(2025, 4, 15)), Optional.of("https://sch29.example/vsoko")));
    VsokoModel better = new VsokoModel(docs, m.participants(), m.procedures(), m.instruments(), m.resources(), m.products(),
        LiteracyPlan.addTo(m.plan()), m.roadMaps());
    SheetInputs in = school29().withModel(better).withRecommendations(Recommendations2024.recommendations());
    Map<String, Integer> s = scores(SheetEvaluation.evaluate(SHEET, in, SheetAnswers.none(School29Regulation.SCHOOL)));
    assertThat(s).containsEntry("1.5", 2).containsEntry("2.3", 2);
    // one of four documents has an address on the site; the regulation has none
    assertThat(s).containsEntry("5.1", 1);
    // the recommendations of 27.04.2024's recommendations go to other schools
    assertThat(s).containsEntry("4.1", 0);
    SheetInputs sosh9 = new SheetInputs("mbou-sosh-9", "МБОУ СОШ № 9", AcademicYear.starting(2024), Optional.empty(),
        Optional.empty(), Recommendations2024.recommendations());
    Map<String, Integer> s9 = scores(SheetEvaluation.evaluate(SHEET, sosh9, SheetAnswers.none("mbou-sosh-9")));
    assertThat(s9).containsEntry("4.1", 2).containsEntry("4.2", 0);
    assertThat(s9).containsEntry("1.1", 0);
  }

  /** The report for a year is judged by that year's rule: due by 20 April of the next year. */
  @Test
  void theSelfAssessmentReportIsOnTimeByTheRuleOfTheYearItCovers() {
    assertThat(selfAssessment("Отчёт о результатах самообследования за 2023 год", LocalDate.of(2024, 4, 15)))
        .isEqualTo("2: «Отчёт о результатах самообследования за 2023 год» размещён 15.04.2024 — в срок (срок — 20.04.2024); "
            + "следующий — за 2024 год, срок — 20.04.2025");
    assertThat(selfAssessment("Отчёт о результатах самообследования за 2023 год", LocalDate.of(2024, 4, 25)))
        .isEqualTo("1: «Отчёт о результатах самообследования за 2023 год» размещён 25.04.2024, позже срока (срок — 20.04.2024)");
    assertThat(selfAssessment("Отчёт о самообследовании за 2022 г.", LocalDate.of(2023, 4, 1)))
        .isEqualTo("1: последний отчёт о самообследовании — за 2022 год; отчёта за 2023 год нет (срок — 20.04.2024)");
    // no year in the title: the year before its publication
    assertThat(selfAssessment("Отчёт о самообследовании", LocalDate.of(2024, 4, 19))).startsWith("2: ");
  }

  private static String selfAssessment(String title, LocalDate published) {
    VsokoModel m = School29Regulation.model();
    List<VsokoDocument> docs = new ArrayList<>(m.documents().stream()
        .filter(d -> d.type() != VsokoDocumentType.SELF_ASSESSMENT_REPORT).toList());
    docs.add(new VsokoDocument(VsokoDocumentType.SELF_ASSESSMENT_REPORT, title, Optional.empty(), Optional.of(published),
        Optional.empty()));
    VsokoModel model = new VsokoModel(docs, m.participants(), m.procedures(), m.instruments(), m.resources(), m.products(),
        m.plan(), m.roadMaps());
    CriterionScore c = SheetEvaluation.evaluate(SHEET, school29().withModel(model), SheetAnswers.none(School29Regulation.SCHOOL))
        .scores().stream().filter(x -> x.criterion().id().equals("1.5")).findFirst().orElseThrow();
    return c.score() + ": " + c.evidence();
  }

  @Test
  void levelsAndBadAnswers() {
    assertThat(SHEET.level(new BigDecimal("80.0")).name()).isEqualTo("высокий");
    assertThat(SHEET.level(new BigDecimal("79.9")).name()).isEqualTo("средний");
    assertThat(SHEET.level(BigDecimal.ZERO).name()).isEqualTo("низкий");
    assertThatThrownBy(() -> SheetEvaluation.evaluate(SHEET, school29(), SheetAnswers.none("x").with("9.9", new SheetAnswer(1, ""))))
        .hasMessageContaining("неизвестный критерий «9.9»");
    assertThatThrownBy(() -> SheetEvaluation.evaluate(SHEET, school29(), SheetAnswers.none("x").with("3.1", new SheetAnswer(3, ""))))
        .hasMessageContaining("критерий 3.1: балл 3 не из шкалы [0, 1, 2]");
    SheetAnswers loaded = SheetAnswers.load("a.yaml", new StringReader("""
        format: vsoko-sheet-answers/1
        organization: sch1
        answers:
          "3.1": {score: 2, evidence: приказ № 31}
          "4.3": {score: 1}
        """));
    assertThat(loaded.answer("3.1")).contains(new SheetAnswer(2, "приказ № 31"));
    assertThatThrownBy(() -> SheetAnswers.load("a.yaml", new StringReader("format: vsoko-sheet-answers/1\norganization: s\n"
        + "answers:\n  \"3.1\": {evidence: x}\n"))).hasMessage("a.yaml, ответ на критерий 3.1: нет поля «score»");
    assertThatThrownBy(() -> EffectivenessSheet.load("s.yaml", new StringReader("""
        format: vsoko-sheet/1
        id: x
        title: t
        levels: [{from: 0, name: n, conclusion: c}]
        sections:
          - {code: "1", title: T, criteria: [{id: "1.1", title: A, auto: MAGIC}]}
        """))).hasMessageContaining("s.yaml, раздел 1, критерий 1.1: «auto»: неизвестная автоматическая проверка «MAGIC»");
  }

  /** For any answers to the criteria the school answers: the total stays within the maximum and never falls when an answer rises. */
  @Property(tries = 200)
  void totalWithinTheMaximumAndMonotone(@ForAll @Size(6) List<@IntRange(min = 0, max = 2) Integer> answers,
      @ForAll @IntRange(min = 0, max = 5) int raise) {
    List<String> manual = SHEET.criteria().stream().filter(c -> c.auto().isEmpty()).map(SheetCriterion::id).toList();
    SheetAnswers a = SheetAnswers.none(School29Regulation.SCHOOL);
    for (int i = 0; i < manual.size(); i++) {
      a = a.with(manual.get(i), new SheetAnswer(answers.get(i), ""));
    }
    SheetResult r = SheetEvaluation.evaluate(SHEET, school29(), a);
    assertThat(r.total()).isBetween(0, r.max());
    assertThat(r.percent()).isBetween(BigDecimal.ZERO, new BigDecimal("100.0"));
    String id = manual.get(raise);
    int current = a.answer(id).orElseThrow().score();
    if (current < 2) {
      SheetResult higher = SheetEvaluation.evaluate(SHEET, school29(), a.with(id, new SheetAnswer(current + 1, "")));
      assertThat(higher.total()).isGreaterThan(r.total());
    }
    assertThat(r.sections().stream().mapToInt(SheetResult.SectionTotal::total).sum()).isEqualTo(r.total());
  }
}
