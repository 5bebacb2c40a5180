package io.github.vsoko.analytics.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The effectiveness sheet's arithmetic by hand: weights, the percentage of the maximum (one decimal, half up), the level
 * it falls in at each level's edge, and what a criterion and a sheet accept.
 */
class SheetScoringTest {
  private static SheetCriterion criterion(String id, List<Integer> scores, int weight) {
    return new SheetCriterion(id, "1", "Критерий " + id, scores, weight, "подтверждение", "источник", Optional.empty());
  }

  private static final List<SheetLevel> LEVELS = List.of(new SheetLevel(new BigDecimal("80"), "высокий", "эффективна"),
      new SheetLevel(new BigDecimal("50"), "средний", "частично"), new SheetLevel(BigDecimal.ZERO, "низкий", "неэффективна"));

  /** Two criteria: «a» 0…2 weight 3 (max 6), «b» 0, 1, 3 weight 1 (max 3) — a maximum of 9. */
  private static EffectivenessSheet sheet() {
    return new EffectivenessSheet("s", "Лист", List.of(new SheetSection("1", "Раздел")),
        List.of(criterion("a", List.of(0, 1, 2), 3), criterion("b", List.of(0, 1, 3), 1)), LEVELS);
  }

  private static SheetResult result(int a, int b) {
    EffectivenessSheet sheet = sheet();
    SheetInputs inputs = new SheetInputs("o", "Школа", AcademicYear.starting(2024), Optional.empty(), Optional.empty(), List.of());
    return SheetEvaluation.evaluate(sheet, inputs, SheetAnswers.none("o").with("a", new SheetAnswer(a, "")).with("b",
        new SheetAnswer(b, "")));
  }

  /** a = 2 (6 of 6), b = 1 (1 of 3): 7 of 9 = 77,8 % — «средний»; a = 2, b = 3: 100 % «высокий»; a = 1, b = 0: 33,3 %. */
  @Test
  void weightedTotalsPercentAndLevelByHand() {
    SheetResult r = result(2, 1);
    assertThat(r.scores()).extracting(CriterionScore::weighted).containsExactly(6, 1);
    assertThat(r.scores()).extracting(CriterionScore::weightedMax).containsExactly(6, 3);
    assertThat(r.total()).isEqualTo(7);
    assertThat(r.max()).isEqualTo(9);
    assertThat(sheet().maxTotal()).isEqualTo(9);
    assertThat(r.percent()).isEqualByComparingTo("77.8");
    assertThat(r.level().name()).isEqualTo("средний");
    assertThat(r.sections()).singleElement().satisfies(s -> {
      assertThat(s.total()).isEqualTo(7);
      assertThat(s.max()).isEqualTo(9);
    });
    assertThat(result(2, 3).percent()).isEqualByComparingTo("100.0");
    assertThat(result(2, 3).level().name()).isEqualTo("высокий");
    assertThat(result(1, 0).percent()).isEqualByComparingTo("33.3");
    assertThat(result(1, 0).level().name()).isEqualTo("низкий");
  }

  /** A level starts at its percentage exactly: 80 is «высокий», 79,9 «средний», 50 «средний», 49,9 «низкий». */
  @Test
  void levelsStartAtTheirPercentage() {
    EffectivenessSheet s = sheet();
    assertThat(List.of("80", "79.9", "50", "49.9", "0")).extracting(p -> s.level(new BigDecimal(p)).name())
        .containsExactly("высокий", "средний", "средний", "низкий", "низкий");
    assertThatThrownBy(() -> new SheetLevel(new BigDecimal("-0.1"), "x", "y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SheetLevel(new BigDecimal("100.1"), "x", "y")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new SheetLevel(new BigDecimal("100"), "x", "y").fromPercent()).isEqualByComparingTo("100");
  }

  @Test
  void aCriterionsScaleAscendsFromZeroOrMoreAndItsWeightIsAtLeastOne() {
    assertThat(criterion("x", List.of(0), 1).maxScore()).isZero();
    assertThat(criterion("x", List.of(1, 2), 1).maxScore()).isEqualTo(2);
    assertThatThrownBy(() -> criterion("x", List.of(), 1)).hasMessageContaining("no scores");
    assertThatThrownBy(() -> criterion("x", List.of(-1, 1), 1)).hasMessageContaining("ascending");
    assertThatThrownBy(() -> criterion("x", List.of(0, 2, 2), 1)).hasMessageContaining("ascending");
    assertThatThrownBy(() -> criterion("x", List.of(0, 2, 1), 1)).hasMessageContaining("ascending");
    assertThatThrownBy(() -> criterion("x", List.of(0, 1), 0)).hasMessageContaining("weight");
    assertThat(criterion("x", List.of(0, 1), 1).weight()).isEqualTo(1);
  }

  @Test
  void aSheetNeedsUniqueCriteriaOfKnownSectionsAndALevelFromZero() {
    List<SheetSection> sections = List.of(new SheetSection("1", "Раздел"));
    assertThatThrownBy(() -> new EffectivenessSheet("s", "Лист", sections,
        List.of(criterion("a", List.of(0, 1), 1), criterion("a", List.of(0, 1), 1)), LEVELS)).hasMessageContaining("twice");
    assertThatThrownBy(() -> new EffectivenessSheet("s", "Лист", List.of(new SheetSection("2", "Другой")),
        List.of(criterion("a", List.of(0, 1), 1)), LEVELS)).hasMessageContaining("unknown section «1»");
    assertThatThrownBy(() -> new EffectivenessSheet("s", "Лист", sections, List.of(), LEVELS))
        .hasMessageContaining("at least one criterion");
    assertThatThrownBy(() -> new EffectivenessSheet("s", "Лист", sections, List.of(criterion("a", List.of(0, 1), 1)),
        List.of(new SheetLevel(new BigDecimal("50"), "средний", "частично")))).hasMessageContaining("from 0 %");
    assertThatThrownBy(() -> new EffectivenessSheet("s", "Лист", sections, List.of(criterion("a", List.of(0, 1), 1)), List.of()))
        .hasMessageContaining("from 0 %");
  }

  /** A score off the criterion's scale, or an answer to a criterion the sheet does not have, is refused by name. */
  @Test
  void answersOffTheSheetAreRefused() {
    assertThatThrownBy(() -> result(2, 2)).hasMessageContaining("критерий b: балл 2 не из шкалы [0, 1, 3]");
    SheetInputs inputs = new SheetInputs("o", "Школа", AcademicYear.starting(2024), Optional.empty(), Optional.empty(), List.of());
    assertThatThrownBy(() -> SheetEvaluation.evaluate(sheet(), inputs, SheetAnswers.none("o").with("z", new SheetAnswer(1, ""))))
        .hasMessageContaining("неизвестный критерий «z»");
    assertThatThrownBy(() -> new CriterionScore(criterion("x", List.of(1, 2), 1), 0, ScoreSource.SCHOOL, ""))
        .hasMessageContaining("takes [1, 2], not 0");
    assertThat(new CriterionScore(criterion("x", List.of(1, 2), 1), 0, ScoreSource.UNANSWERED, "").weighted()).isZero();
  }

  /** Nobody answered: every criterion 0, 0 % — «низкий», with each criterion listed as unanswered. */
  @Test
  void anUnansweredSheet() {
    SheetInputs inputs = new SheetInputs("o", "Школа", AcademicYear.starting(2024), Optional.empty(), Optional.empty(), List.of());
    SheetResult r = SheetEvaluation.evaluate(sheet(), inputs, SheetAnswers.none("o"));
    assertThat(r.unanswered()).hasSize(2);
    assertThat(r.percent()).isEqualByComparingTo("0");
    assertThat(r.level().name()).isEqualTo("низкий");
  }

  /** An automatic criterion takes the check's score; the school's differing answer is shown beside it, an equal one is not. */
  @Test
  void theSchoolsAnswerBesideAnAutomaticScore() {
    SheetCriterion regulation = new SheetCriterion("r", "1", "Положение", List.of(0, 1, 2), 1, "", "",
        Optional.of(AutoCheck.REGULATION_CURRENT));
    EffectivenessSheet sheet = new EffectivenessSheet("s", "Лист", List.of(new SheetSection("1", "Раздел")), List.of(regulation),
        LEVELS);
    io.github.vsoko.model.plan.VsokoModel empty = new io.github.vsoko.model.plan.VsokoModel(List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), new io.github.vsoko.model.plan.VsokoPlan("o", AcademicYear.starting(2024), "План",
        List.of()), List.of());
    SheetInputs inputs = new SheetInputs("o", "Школа", AcademicYear.starting(2024), Optional.of(empty), Optional.empty(), List.of());
    CriterionScore differs = SheetEvaluation.evaluate(sheet, inputs, SheetAnswers.none("o").with("r", new SheetAnswer(2, "")))
        .scores().get(0);
    assertThat(differs.source()).isEqualTo(ScoreSource.AUTOMATIC);
    assertThat(differs.score()).isZero();
    assertThat(differs.evidence()).endsWith(" (ответ ОО: 2 — не учтён, оценка автоматическая)");
    CriterionScore same = SheetEvaluation.evaluate(sheet, inputs, SheetAnswers.none("o").with("r", new SheetAnswer(0, "")))
        .scores().get(0);
    assertThat(same.evidence()).doesNotContain("ответ ОО");
    assertThatThrownBy(() -> new SheetCriterion("r", "1", "Положение", List.of(0, 2), 1, "", "",
        Optional.of(AutoCheck.REGULATION_CURRENT))).hasMessageContaining("scores 0, 1 or 2");
  }
}
