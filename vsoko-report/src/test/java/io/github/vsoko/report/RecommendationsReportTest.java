package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.management.ControlIndicator;
import io.github.vsoko.model.management.Direction;
import io.github.vsoko.model.management.OrganizationAddressee;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.Execution;
import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recommendations report shows what was recorded, and the findings with their control indicators' baseline and target. */
class RecommendationsReportTest {
  @Test
  void recordsFindingsBaselinesAndTargetsAreShown() {
    Recommendation r = Recommendation.builder("q@s7", "Спланировать в МО работу с обучающимися, имеющими одну «3»")
        .addressee(new OrganizationAddressee("s7", "МБОУ СОШ № 7")).deadline("до 01.06.2024")
        .control(new ControlIndicator(IndicatorReference.freeText("attestation.quality"), Optional.of(new BigDecimal("75.76")),
            Optional.of(new BigDecimal("78")), Direction.INCREASE))
        .reason("МБОУ СОШ № 7: качество знаний 75,76 % ниже целевых 78 %")
        .execution(Execution.done(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 3, 14), Optional.of("протокол МО № 3")))
        .build();
    Recommendation plain = Recommendation.builder("x", "Доработать сайт").addressee(new OrganizationAddressee("s7", "МБОУ СОШ № 7"))
        .deadline("до 01.09.2023").build();
    Report report = RecommendationsReport.build("Рекомендации", List.of(r, plain), AcademicYear.starting(2023),
        Optional.of(LocalDate.of(2024, 9, 2)), ReportOptions.defaults());
    assertThat(report.tables().get(0).rows()).extracting(row -> row.cells().get(5).text())
        .containsExactly("выполнена 14.03.2024, протокол МО № 3", "выдана, просрочено");
    assertThat(report.tables().get(1).rows()).singleElement().satisfies(row -> assertThat(row.cells()).extracting(Cell::text)
        .containsExactly("1", "МБОУ СОШ № 7: качество знаний 75,76 % ниже целевых 78 %", "Качество знаний, %", "75,76", "78"));
  }
}
