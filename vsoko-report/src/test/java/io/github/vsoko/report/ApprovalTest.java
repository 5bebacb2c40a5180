package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The title page says what is known of the approval and leaves a blank to fill in only where nothing is known. */
class ApprovalTest {
  @Test
  void knownDetailsFillTheBlockAndTheCouncilLine() {
    ReportOptions options = ReportOptions.defaults().withApproval(new ApprovalDetails(Optional.of("М. Б. Светлова"),
        Optional.of("45"), Optional.of(LocalDate.of(2025, 3, 31)), Optional.of("10"), Optional.of(LocalDate.of(2025, 3, 28))));
    Report r = SelfAssessmentReport.build(SmallSchool.data(), Reports.indicators(), Optional.empty(), options);
    assertThat(r.approval().orElseThrow().lines()).containsExactly("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 1",
        "____________ /М. Б. Светлова/", "Приказ от 31.03.2025 № 45");
    assertThat(r.blocks().get(0)).isEqualTo(Paragraph.text("Рассмотрено на педагогическом совете, протокол № 10 от 28.03.2025"));
  }

  @Test
  void unknownDetailsAreBlanks() {
    Report r = SelfAssessmentReport.build(SmallSchool.data(), Reports.indicators(), Optional.empty(), ReportOptions.defaults());
    assertThat(r.approval().orElseThrow().lines()).containsExactly("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 1",
        "____________ /____________/", "«___» ____________ 20___ г.");
    assertThat(r.blocks().get(0)).isEqualTo(Paragraph.text(
        "Рассмотрено на педагогическом совете, протокол № ____ от «___» ________ 20___ г."));
  }
}
