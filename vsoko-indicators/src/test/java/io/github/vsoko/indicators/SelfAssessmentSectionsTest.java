package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.SmallSchool;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sets declare which rows go into which subsection of the self-assessment report; the declaration is checked. */
@DisplayName("Self-assessment sections declared by the sets")
class SelfAssessmentSectionsTest {
  private static final IndicatorRegistry REGISTRY = IndicatorRegistry.discover();

  @Test
  @DisplayName("the general set puts 1.1–1.34 and 2.1–2.6 into sections, each row once, and evaluation carries them")
  void generalSet() {
    IndicatorSet set = REGISTRY.requireSet("order1324.general");
    assertThat(set.sections().get(SelfAssessmentSection.CONTINGENT)).containsExactly("1.1", "1.2", "1.3", "1.4");
    assertThat(set.sections().get(SelfAssessmentSection.FACILITIES)).containsExactly("2.1", "2.6");
    assertThat(set.sections().values().stream().flatMap(List::stream)).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(set.definition(code)).as(code).isPresent()).hasSize(34 + 6);
    EvaluationResult result = IndicatorEvaluator.evaluate(set, SmallSchool.data());
    assertThat(result.codesIn(SelfAssessmentSection.GIA)).hasSize(12).startsWith("1.6").endsWith("1.17");
  }

  @Test
  @DisplayName("the kindergarten and additional-education sets declare their sections too")
  void otherSets() {
    assertThat(REGISTRY.requireSet("order1324.preschool").sections()).containsOnlyKeys(SelfAssessmentSection.CONTINGENT,
        SelfAssessmentSection.STAFF, SelfAssessmentSection.FACILITIES);
    assertThat(REGISTRY.requireSet("order1324.additional").sections().get(SelfAssessmentSection.LIBRARY))
        .containsExactly("2.6", "2.7");
  }

  @Test
  @DisplayName("a section naming a row the set does not have, or a row twice, is refused")
  void badDeclarations() {
    assertThatThrownBy(() -> IndicatorSet.builder("x.set", "1", "t", new Source("d", "1")).heading("1", "h")
        .section(SelfAssessmentSection.FACILITIES, "2.7").build())
        .hasMessageContaining("puts the code «2.7» in section FACILITIES, but has no such row");
    assertThatThrownBy(() -> IndicatorSet.builder("x.set", "1", "t", new Source("d", "1")).heading("1", "h")
        .section(SelfAssessmentSection.STAFF, "1").section(SelfAssessmentSection.FORMS, "1"))
        .hasMessageContaining("row «1» of set «x.set» is already in section STAFF");
  }
}
