package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import org.junit.jupiter.api.Test;

/**
 * 1.13's mathematics-failure rule by who is counted (issue 20): a graduate who failed the profile level but passed the
 * base level («4») has passed mathematics — not counted by the default rule (no level passed), counted by the profile
 * rule, not by the base rule.
 */
class EgeMathFailureRuleTest {
  private static EvaluationResult evaluate(SchoolData data, EgeMathFailure rule) {
    return IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), data,
        EvaluationOptions.defaults().withDrillDown().withPolicies(Policies.defaults().with(Order1324Policies.EGE_MATH_FAILURE, rule)));
  }

  /**
   * The small school's 2024 ЕГЭ mathematics: h2 failed the profile level but has base «4»; h3 failed the profile level
   * only; h4 has base «2» only. No level passed: h3, h4; profile below 27: h2, h3; base «2»: h4.
   */
  @Test
  void aGraduateWhoPassedTheBaseLevelHasPassedMathematics() {
    SchoolData data = SmallSchool.data();
    assertThat(data.exams()).anySatisfy(e -> {
      assertThat(e.studentId()).isEqualTo("h2");
      assertThat(e.level()).contains(ExamLevel.BASE);
      assertThat(e.mark()).contains(MarkValue.FOUR);
    });
    assertThat(evaluate(data, EgeMathFailure.NO_LEVEL_PASSED).result("1.13").orElseThrow().contributors())
        .containsExactly("h3", "h4");
    assertThat(evaluate(data, EgeMathFailure.PROFILE).result("1.13").orElseThrow().contributors()).containsExactly("h2", "h3");
    assertThat(evaluate(data, EgeMathFailure.BASE).result("1.13").orElseThrow().contributors()).containsExactly("h4");
  }
}
