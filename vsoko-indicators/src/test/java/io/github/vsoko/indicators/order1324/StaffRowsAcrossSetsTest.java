package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The staff rows are worded alike in the three appendices of order № 1324 (education, category, experience, age): on the
 * same staff each counts the same teachers in every set — the general set's rows are pinned by who in
 * {@link StaffBandsTest}, so a row of another set that counts someone else is caught here.
 */
class StaffRowsAcrossSetsTest {
  private static EvaluationResult evaluate(String set) {
    return IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet(set), SmallSchool.data(),
        EvaluationOptions.defaults().withDrillDown());
  }

  @Test
  void theSameTeachersInEverySet() {
    EvaluationResult general = evaluate("order1324.general");
    EvaluationResult preschool = evaluate("order1324.preschool");
    EvaluationResult additional = evaluate("order1324.additional");
    String[][] rows = {
      // general, preschool, additional
      {"1.25", "1.7.1", "1.13"}, {"1.26", "1.7.2", "1.14"}, {"1.27", "1.7.3", "1.15"}, {"1.28", "1.7.4", "1.16"},
      {"1.29", "1.8", "1.17"}, {"1.29.1", "1.8.1", "1.17.1"}, {"1.29.2", "1.8.2", "1.17.2"},
      {"1.30.1", "1.9.1", "1.18.1"}, {"1.30.2", "1.9.2", "1.18.2"}, {"1.31", "1.10", "1.19"}, {"1.32", "1.11", "1.20"}};
    for (String[] r : rows) {
      List<String> who = general.result(r[0]).orElseThrow().contributors();
      assertThat(preschool.result(r[1]).orElseThrow().contributors()).as("preschool " + r[1] + " = general " + r[0])
          .isEqualTo(who);
      assertThat(additional.result(r[2]).orElseThrow().contributors()).as("additional " + r[2] + " = general " + r[0])
          .isEqualTo(who);
      assertThat(additional.result(r[2]).orElseThrow().value()).isEqualTo(general.result(r[0]).orElseThrow().value());
    }
    assertThat(general.result("1.29").orElseThrow().contributors()).isNotEmpty();
    assertThat(general.result("1.32").orElseThrow().contributors()).isNotEmpty();
  }
}
