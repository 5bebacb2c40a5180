package io.github.vsoko.analytics.literacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.LiteracyDirection;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.LiteracyResult;
import io.github.vsoko.model.school.SchoolData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LiteracyAnalysisTest {
  private static final LocalDate OCT = LocalDate.of(2024, 10, 1);

  /**
   * Reading: s5 «средний» in April then «низкий» in October (the latest counts), s6 «высокий», s7 a score of 55 without a
   * level, s8 «недостаточный»; mathematics: s5 «средний».
   */
  static SchoolData school() {
    return SmallSchool.data().toBuilder().literacy(List.of(
        LiteracyResult.of("s5", LiteracyDirection.READING, LocalDate.of(2024, 4, 1), LiteracyLevel.MEDIUM),
        LiteracyResult.of("s5", LiteracyDirection.READING, OCT, LiteracyLevel.LOW),
        LiteracyResult.of("s6", LiteracyDirection.READING, OCT, LiteracyLevel.HIGH),
        new LiteracyResult("s7", LiteracyDirection.READING, OCT, Optional.of(new BigDecimal("55")), Optional.empty(),
            Optional.of("РЭШ")),
        LiteracyResult.of("s8", LiteracyDirection.READING, OCT, LiteracyLevel.INSUFFICIENT),
        LiteracyResult.of("s5", LiteracyDirection.MATHEMATICAL, OCT, LiteracyLevel.MEDIUM))).build();
  }

  @Test
  void sharesByLevelOnTheLatestDiagnostic() {
    SchoolData data = school();
    List<LiteracyGroup> school = LiteracyAnalysis.analyse(data, data.period(), LiteracyGrouping.SCHOOL);
    assertThat(school).extracting(LiteracyGroup::direction).containsExactly(LiteracyDirection.READING, LiteracyDirection.MATHEMATICAL);
    LiteracyGroup reading = school.get(0);
    assertThat(reading.withLevel()).isEqualTo(3);
    assertThat(reading.withoutLevel()).isEqualTo(1);
    assertThat(reading.count(LiteracyLevel.LOW)).isEqualTo(1);
    assertThat(reading.count(LiteracyLevel.MEDIUM)).isZero();
    assertThat(reading.atLeastMediumShare()).contains(new BigDecimal("33.33"));
    assertThat(reading.share(LiteracyLevel.INSUFFICIENT)).contains(new BigDecimal("33.33"));
    List<LiteracyGroup> classes = LiteracyAnalysis.analyse(data, data.period(), LiteracyGrouping.CLASS);
    assertThat(classes).filteredOn(g -> g.direction() == LiteracyDirection.READING).extracting(LiteracyGroup::group)
        .containsExactly("5А", "7Б", "9А", "9Б");
  }

  @Test
  void theIndicatorsOfSetVsokoAnalyticsCountTheSameStudents() {
    EvaluationResult r = IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("vsoko.analytics"), school());
    assertThat(r.value("5.1")).contains(new Share(1, 3));
    assertThat(r.value("5.2")).contains(new Share(1, 1));
    assertThat(r.value("5.7")).contains(new Share(1, 3));
  }

  /** Aggregation equals recomputation: the classes' counts add up to the school's, level by level. */
  @Property(tries = 200)
  void classesAddUpToTheSchool(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> levels,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 8) Integer> students) {
    String[] ids = {"s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"};
    List<LiteracyResult> results = new ArrayList<>();
    for (int i = 0; i < Math.min(levels.size(), students.size()); i++) {
      int l = levels.get(i);
      results.add(new LiteracyResult(ids[students.get(i)], LiteracyDirection.values()[i % 2], OCT.plusDays(i),
          Optional.of(BigDecimal.ONE), l == 5 ? Optional.empty() : Optional.of(LiteracyLevel.values()[l]), Optional.empty()));
    }
    SchoolData data = SmallSchool.data().toBuilder().literacy(results).build();
    List<LiteracyGroup> school = LiteracyAnalysis.analyse(data, data.period(), LiteracyGrouping.SCHOOL);
    List<LiteracyGroup> classes = LiteracyAnalysis.analyse(data, data.period(), LiteracyGrouping.CLASS);
    for (LiteracyGroup s : school) {
      LiteracyGroup sum = classes.stream().filter(c -> c.direction() == s.direction())
          .reduce((a, b) -> a.plus(b, "школа")).orElseThrow();
      assertThat(sum.levels()).isEqualTo(s.levels());
      assertThat(sum.withoutLevel()).isEqualTo(s.withoutLevel());
      s.atLeastMediumShare().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    }
  }

  /** Classes and parallels by their number: «5А» before «10А», «5 классы» before «10 классы». */
  @Test
  void groupsSortByTheirLeadingNumber() {
    SchoolData data = SmallSchool.data().toBuilder().literacy(List.of(
        LiteracyResult.of("s9", LiteracyDirection.READING, OCT, LiteracyLevel.HIGH),
        LiteracyResult.of("s5", LiteracyDirection.READING, OCT, LiteracyLevel.LOW),
        LiteracyResult.of("s10", LiteracyDirection.READING, OCT, LiteracyLevel.MEDIUM))).build();
    assertThat(LiteracyAnalysis.analyse(data, data.period(), LiteracyGrouping.CLASS)).extracting(LiteracyGroup::group)
        .containsExactly("5А", "10А", "11А");
    assertThat(LiteracyAnalysis.analyse(data, data.period(), LiteracyGrouping.PARALLEL)).extracting(LiteracyGroup::group)
        .containsExactly("5 классы", "10 классы", "11 классы");
  }

  /** The plan rows: one per direction, each linked to its indicator 5.1, 5.2, …; added once. */
  @Test
  void thePlanRowsAreAddedOnce() {
    List<io.github.vsoko.model.plan.PlanItem> items = LiteracyPlan.items();
    assertThat(items).hasSize(LiteracyDirection.values().length);
    for (int i = 0; i < items.size(); i++) {
      assertThat(items.get(i).indicators().toString()).contains("vsoko.analytics/5." + (i + 1));
      assertThat(LiteracyPlan.concerns(items.get(i))).isTrue();
    }
    io.github.vsoko.model.plan.VsokoPlan empty = new io.github.vsoko.model.plan.VsokoPlan("s", io.github.vsoko.model.time.AcademicYear
        .starting(2024), "План", List.of());
    io.github.vsoko.model.plan.VsokoPlan once = LiteracyPlan.addTo(empty);
    assertThat(once.items()).hasSize(items.size());
    assertThat(LiteracyPlan.addTo(once).items()).hasSize(items.size());
    // a plan with the first row already: the others are added, the first not again
    io.github.vsoko.model.plan.VsokoPlan first = new io.github.vsoko.model.plan.VsokoPlan("s", io.github.vsoko.model.time.AcademicYear
        .starting(2024), "План", List.of(items.get(0)));
    assertThat(LiteracyPlan.addTo(first).items()).hasSize(items.size());
  }
}
