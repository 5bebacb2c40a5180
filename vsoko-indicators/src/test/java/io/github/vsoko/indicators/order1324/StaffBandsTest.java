package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.fixtures.SmallSchool;
import org.junit.jupiter.api.Test;

/**
 * The experience, age, education and category bands by who is counted, not only how many (issue 20: a negation that
 * counts a different teacher kept the count and passed). The fixture's comment works each one out: experience on
 * 31.12.2024 t1 4 y 11 m, t2 exactly 5 y, t3 exactly 30 y, t4 30 y and a day, t5 10 y, t6 2 y; ages t1 29, t2 exactly 30,
 * t3 exactly 55, t4 54, t5 60, t6 35; pedagogical higher education t1–t3; categories t1 высшая, t2 и t3 первая.
 */
class StaffBandsTest {
  private static final EvaluationResult R = IndicatorEvaluator.evaluate(
      IndicatorRegistry.discover().requireSet("order1324.general"), SmallSchool.data(), EvaluationOptions.defaults().withDrillDown());

  private static java.util.List<String> who(String code) {
    return R.result(code).orElseThrow().contributors();
  }

  @Test
  void experienceBandsCountTheTeachersBelowFiveAndAboveThirtyYears() {
    assertThat(who("1.30.1")).containsExactly("t1", "t6"); // exactly 5 years (t2) is not «до 5 лет»
    assertThat(who("1.30.2")).containsExactly("t4"); // exactly 30 years (t3) is not «свыше 30 лет»
  }

  @Test
  void ageBandsCountTheTeachersUnderThirtyAndFiftyFiveAndOver() {
    assertThat(who("1.31")).containsExactly("t1"); // exactly 30 (t2) is not «до 30 лет»
    assertThat(who("1.32")).containsExactly("t3", "t5"); // exactly 55 (t3) is «от 55 лет»
  }

  @Test
  void educationAndCategoryRowsCountTheirOwnTeachers() {
    assertThat(who("1.26")).containsExactly("t1", "t2", "t3");
    assertThat(who("1.29.1")).containsExactly("t1");
    assertThat(who("1.29.2")).containsExactly("t2", "t3");
  }
}
