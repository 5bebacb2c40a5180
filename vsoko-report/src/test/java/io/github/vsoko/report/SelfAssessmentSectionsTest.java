package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.Missing;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationDetails;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.organization.RegistryEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the self-assessment written from the data, one by one. */
class SelfAssessmentSectionsTest {
  @Test
  void generalInformationSaysNoDataWhereTheOrganizationHasNone() {
    Organization bare = Organization.of("s", "МБОУ СОШ № 1", "Школа № 1", OrganizationKind.GENERAL);
    Table t = SelfAssessmentSections.generalInformation(bare, Language.RU);
    assertThat(t.rows()).extracting(r -> r.cells().get(1).text()).contains("нет данных").doesNotContain("", "0");
    Organization full = bare.withDetails(OrganizationDetails.builder().founder("Управление образования")
        .licence(new RegistryEntry("Л035-1", Optional.empty())).accreditation(RegistryEntry.of("А1", LocalDate.of(2016, 5, 20)))
        .head("Светлова Мария Борисовна", "Директор").build());
    Table f = SelfAssessmentSections.generalInformation(full, Language.RU);
    assertThat(f.rows()).extracting(r -> r.cells().get(1).text()).contains("Управление образования", "№ Л035-1",
        "№ А1 от 20.05.2016", "Светлова Мария Борисовна, директор");
  }

  @Test
  void theHeadSignsWithInitials() {
    assertThat(ApprovalDetails.signature("Светлова Мария Борисовна")).isEqualTo("М. Б. Светлова");
    assertThat(ApprovalDetails.signature("М. Б. Светлова")).isEqualTo("М. Б. Светлова");
    assertThat(ApprovalDetails.signature("Светлова")).isEqualTo("Светлова");
  }

  @Test
  void theChangeIsInPercentagePointsForSharesAndInUnitsForCounts() {
    ReportOptions o = ReportOptions.defaults();
    List<Cell> share = SelfAssessmentSections.previousAndChange(Optional.of(new Share(1, 4)), new Share(1, 2), o);
    assertThat(share.get(1).text()).isEqualTo("+25,0 п. п.");
    List<Cell> count = SelfAssessmentSections.previousAndChange(Optional.of(new Count(700)), new Count(697), o);
    assertThat(count.get(1).text()).isEqualTo("−3");
    assertThat(count.get(1).number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("-3"));
    List<Cell> none = SelfAssessmentSections.previousAndChange(Optional.empty(), new Count(697), o);
    assertThat(none).extracting(Cell::text).containsExactly("нет данных", "—");
    List<Cell> missing = SelfAssessmentSections.previousAndChange(Optional.of(new Missing("x")), new Count(1), o);
    assertThat(missing.get(1).text()).isEqualTo("—");
  }
}
