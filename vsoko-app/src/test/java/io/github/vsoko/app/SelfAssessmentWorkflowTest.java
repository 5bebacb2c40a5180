package io.github.vsoko.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The self-assessment's analytical part is written from the data: what the demo school holds, the report says. */
class SelfAssessmentWorkflowTest {
  private static final DemoSchool DEMO = DemoSchool.load();
  private static final IndicatorRegistry REGISTRY = IndicatorRegistry.discover();

  private static String md(Report r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFiles.discover().renderers().get("md").render(r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Table table(Report r, String id) {
    return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no table " + id));
  }

  @Test
  @DisplayName("general information, programmes, management, attestation, ГИА, ВПР, olympiads and conclusions from the data")
  void theAnalyticalPartIsWrittenFromTheData() throws Exception {
    Report r = new SelfAssessmentWorkflow(REGISTRY).run(SelfAssessmentRequest.of(DEMO.data()).withModel(DEMO.model()))
        .report();
    String text = md(r);
    var details = DEMO.data().organization().detailsOrEmpty();
    assertThat(text).contains(details.founder().orElseThrow(), details.email().orElseThrow(),
        "№ " + details.licence().orElseThrow().number(), "Реализуемые образовательные программы: основная образовательная программа "
            + "начального общего образования (НОО)", "/М. Б. Светлова/", "Ответственные за процедуры ВСОКО",
        "Органы управления и участники ВСОКО, их функции", "рассмотрение результатов ВСОКО и отчёта о самообследовании",
        "По итогам 2023/2024 учебного года успеваемость составила", "Результаты государственной итоговой аттестации, 2024",
        "ЕГЭ (базовый)", "ЕГЭ (профильный)", "Результаты ВПР по работам", "4Б (математика, окружающий мир)",
        "Участие в олимпиадах и конкурсах по уровням, 2024", "Выводы по результатам самообследования");
    assertThat(text).doesNotContain("Заполняется вручную:** лицензия");
    // no previous year given, but the history holds 2022/2023: the previous year of the roll and attestation rows
    assertThat(table(r, "indicators").header().get(0).cells()).extracting(c -> c.text()).contains("Предыдущий год");
    assertThat(text).contains("рассчитан по истории классов и отметкам этих же данных",
        "Динамика результатов промежуточной аттестации по учебным годам");
  }

  @Test
  @DisplayName("attestation: the classes add up to the levels, and the total row is the recomputation over all marks")
  void attestationByClassAddsUpToTheLevels() {
    ReportingPeriod annual = ReportingPeriod.academicYear(AcademicYear.starting(2023));
    AttestationOptions o = AttestationOptions.defaults();
    List<AttestationGroup> levels = AttestationAnalysis.analyse(DEMO.data(), annual, AttestationGrouping.LEVEL, o);
    List<AttestationGroup> classes = AttestationAnalysis.analyse(DEMO.data(), annual, AttestationGrouping.CLASS, o);
    AttestationCounts byLevel = AttestationAnalysis.total(levels);
    assertThat(AttestationAnalysis.total(classes)).isEqualTo(byLevel);
    assertThat(AttestationAnalysis.total(AttestationAnalysis.analyse(DEMO.data(), annual, AttestationGrouping.SCHOOL, o)))
        .isEqualTo(byLevel);
    Report r = new SelfAssessmentWorkflow(REGISTRY).run(SelfAssessmentRequest.of(DEMO.data())).report();
    Row total = table(r, "attestation-classes").rows().get(table(r, "attestation-classes").rows().size() - 1);
    assertThat(total.cells().get(1).number().orElseThrow().longValue()).isEqualTo(byLevel.base());
  }

  @Test
  @DisplayName("with the previous year: «Предыдущий год» and «Изменение», shares in percentage points")
  void thePreviousYearColumn() throws Exception {
    Report r = new SelfAssessmentWorkflow(REGISTRY).run(SelfAssessmentRequest.of(DEMO.data()).withPreviousYear(DEMO.data()))
        .report();
    Table t = table(r, "indicators");
    assertThat(t.header().get(0).cells()).extracting(c -> c.text())
        .containsExactly("№ п/п", "Показатели", "Единица измерения", "Предыдущий год", "Значение", "Изменение");
    Row row15 = t.rows().stream().filter(x -> x.cells().get(0).text().equals("1.5")).findFirst().orElseThrow();
    assertThat(row15.cells().get(3).text()).isEqualTo(row15.cells().get(4).text());
    assertThat(row15.cells().get(5).text()).isEqualTo("0,0 п. п.");
    Row row11 = t.rows().stream().filter(x -> x.cells().get(0).text().equals("1.1")).findFirst().orElseThrow();
    assertThat(row11.cells().get(5).text()).isEqualTo("0");
  }
}
