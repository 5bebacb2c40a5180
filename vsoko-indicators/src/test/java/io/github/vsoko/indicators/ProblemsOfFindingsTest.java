package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.check.ModelCheckFinding;
import io.github.vsoko.model.check.ModelCheckRule;
import io.github.vsoko.model.problem.ProblemSeverity;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Consistency warnings and model-check findings print as the one located-problem type does. */
class ProblemsOfFindingsTest {
  @Test
  void aConsistencyWarningIsAProblemOfTheSetAndItsRows() {
    var p = new ValidationWarning("sum:1.1", "1.1 = 10, а 1.2 + 1.3 + 1.4 = 9", List.of("1.1", "1.2", "1.3", "1.4"))
        .problem("order1324.general");
    assertThat(p.severity()).isEqualTo(ProblemSeverity.WARNING);
    assertThat(p).hasToString("order1324.general, поле «1.1, 1.2, 1.3, 1.4»: 1.1 = 10, а 1.2 + 1.3 + 1.4 = 9");
  }

  @Test
  void aModelCheckFindingIsAProblemAtItsPlace() {
    ModelCheckRule rule = ModelCheckRule.values()[0];
    var p = new ModelCheckFinding(rule, OptionalInt.of(5), "План функционирования ВСОКО, строка 5", "нет ответственного")
        .problem();
    assertThat(p.toString()).isEqualTo("План функционирования ВСОКО, строка 5, поле «" + rule.name() + "»: нет ответственного");
  }
}
