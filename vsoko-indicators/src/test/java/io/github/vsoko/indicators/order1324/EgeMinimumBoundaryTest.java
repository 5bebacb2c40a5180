package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * 1.12 at the ЕГЭ minimum (issue 20): a score exactly at the minimum (24 in Russian for the аттестат) is not below it; one
 * point less is. Who is counted is asserted, not only how many.
 */
class EgeMinimumBoundaryTest {
  /** The small school with every ЕГЭ Russian result of one graduate set to a score. */
  private static SchoolData withRussianScore(String studentId, int score) {
    SchoolData data = SmallSchool.data();
    List<ExamResult> exams = data.exams().stream().map(e -> e.studentId().equals(studentId) && e.form() == ExamForm.EGE
        && e.subject().equals(SchoolSubject.RUSSIAN) && e.testScore().isPresent()
        ? new ExamResult(e.studentId(), e.exam(), e.form(), e.subject(), e.level(), e.primaryScore(), OptionalInt.of(score), e.mark(),
            e.year(), e.period(), e.partScores())
        : e).toList();
    return data.toBuilder().exams(exams).build();
  }

  private static EvaluationResult evaluate(SchoolData data) {
    return IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), data,
        EvaluationOptions.defaults().withDrillDown());
  }

  @Test
  void aScoreExactlyAtTheMinimumIsNotBelowIt() {
    EvaluationResult given = evaluate(SmallSchool.data());
    assertThat(given.value("1.12")).contains(new Share(1, 4));
    String graduate = given.result("1.12").orElseThrow().contributors().get(0);
    EvaluationResult atMinimum = evaluate(withRussianScore(graduate, 24));
    assertThat(atMinimum.value("1.12")).contains(new Share(0, 4));
    assertThat(atMinimum.result("1.12").orElseThrow().contributors()).isEmpty();
    EvaluationResult oneBelow = evaluate(withRussianScore(graduate, 23));
    assertThat(oneBelow.value("1.12")).contains(new Share(1, 4));
    assertThat(oneBelow.result("1.12").orElseThrow().contributors()).containsExactly(graduate);
  }
}
