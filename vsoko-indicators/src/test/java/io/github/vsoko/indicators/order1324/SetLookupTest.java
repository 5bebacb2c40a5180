package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.SelfAssessmentSection;
import io.github.vsoko.model.organization.OrganizationKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which set of order № 1324 an organization is evaluated by, and the self-assessment sections each set brings. */
class SetLookupTest {
  private static final IndicatorRegistry REGISTRY = IndicatorRegistry.discover();

  @Test
  void theSetOfAKindOrTheOneAskedFor() {
    assertThat(Order1324Sets.resolve(REGISTRY, Optional.empty(), OrganizationKind.GENERAL).id()).isEqualTo("order1324.general");
    assertThat(Order1324Sets.resolve(REGISTRY, Optional.empty(), OrganizationKind.PRESCHOOL).id()).isEqualTo("order1324.preschool");
    assertThat(Order1324Sets.resolve(REGISTRY, Optional.empty(), OrganizationKind.ADDITIONAL).id())
        .isEqualTo("order1324.additional");
    assertThat(Order1324Sets.resolve(REGISTRY, Optional.of("order1324.additional"), OrganizationKind.GENERAL).id())
        .isEqualTo("order1324.additional"); // asked for: taken as asked
    assertThatThrownBy(() -> Order1324Sets.resolve(REGISTRY, Optional.empty(), OrganizationKind.PROFESSIONAL))
        .hasMessageContaining("«профессиональная образовательная организация»").hasMessageContaining("--set");
  }

  /** The general set places its rows in the sections of the report: ГИА holds 1.6–1.17, staff 1.24–1.34. */
  @Test
  void theGeneralSetsSections() {
    IndicatorSet general = REGISTRY.requireSet("order1324.general");
    assertThat(general.sections().get(SelfAssessmentSection.GIA)).startsWith("1.6").endsWith("1.17").hasSize(12);
    assertThat(general.sections().get(SelfAssessmentSection.STAFF)).startsWith("1.24").endsWith("1.34");
    assertThat(general.sections().get(SelfAssessmentSection.CONTINGENT)).containsExactly("1.1", "1.2", "1.3", "1.4");
  }
}
