package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A validation rule that throws is isolated like a calculator: its problem is said, every computed value is kept. */
class BrokenRuleTest {
  @Test
  void aThrowingRuleIsAWarningAndTheValuesStay() {
    IndicatorSet set = IndicatorSet.builder("region.rules", "1", "Набор", new Source("Приказ", "2025"))
        .indicator("1", Unit.PERSONS, "Численность", ctx -> Calculation.of(new Count(3), "3"))
        .indicator("2", Unit.PERSONS, "Сломанный", ctx -> {
          throw new IllegalStateException("нет данных о кабинетах");
        })
        .rule(values -> {
          throw new ArithmeticException("/ by zero");
        })
        .rule(values -> List.of(new ValidationWarning("sum", "1 больше 2", List.of("1", "2"))))
        .build();
    EvaluationResult r = IndicatorEvaluator.evaluate(set, SmallSchool.data());
    assertThat(r.value("1")).contains(new Count(3));
    assertThat(r.value("2")).hasValueSatisfying(v -> assertThat(v).isInstanceOf(Failed.class)
        .asString().contains("нет данных о кабинетах"));
    assertThat(r.warnings()).extracting(ValidationWarning::message).containsExactly(
        "правило проверки согласованности не выполнено и пропущено: ArithmeticException: / by zero", "1 больше 2");
  }
}
