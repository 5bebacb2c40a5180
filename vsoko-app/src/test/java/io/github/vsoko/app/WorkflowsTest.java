package io.github.vsoko.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.audit.AuditComponents;
import io.github.vsoko.analytics.effectiveness.EffectivenessSheet;
import io.github.vsoko.analytics.literacy.LiteracyGrouping;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.io.RegulationDocuments;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.ReportOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every workflow of the application layer on the demo school: typed outcome, a report, and the two agree. */
@DisplayName("Workflows of the application layer")
class WorkflowsTest {
  private static final DemoSchool DEMO = DemoSchool.load();
  private static final IndicatorRegistry REGISTRY = IndicatorRegistry.discover();
  private static final ReportFiles FILES = ReportFiles.discover();

  @TempDir Path dir;

  private static String text(io.github.vsoko.report.Report r, String format) throws Exception {
    return new String(FILES.render(r, format), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("self-assessment: the set follows the organization's kind; a kind without a set is named")
  void selfAssessment() throws Exception {
    SelfAssessmentOutcome o = new SelfAssessmentWorkflow(REGISTRY).run(SelfAssessmentRequest.of(DEMO.data()));
    assertThat(o.set().id()).isEqualTo("order1324.general");
    assertThat(o.report().kind()).isEqualTo("self-assessment");
    assertThat(text(o.report(), "md")).contains(o.evaluation().result("1.1").orElseThrow().definition().title());
    SchoolData college = DEMO.data().toBuilder().build().withOrganization(
        Organization.of("c1", "Колледж", "ГБПОУ Колледж", OrganizationKind.PROFESSIONAL));
    assertThatThrownBy(() -> new SelfAssessmentWorkflow(REGISTRY).run(SelfAssessmentRequest.of(college)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("профессиональная образовательная организация");
  }

  @Test
  @DisplayName("attestation: the total row of the report is the outcome's total; JSON carries groups and total")
  void attestation() throws Exception {
    AttestationOutcome o = new AttestationWorkflow().run(new AttestationRequest(DEMO.data(), AcademicYear.starting(2023),
        PeriodKind.ACADEMIC_YEAR, 1, AttestationGrouping.GRADE, AttestationOptions.defaults(), ReportOptions.defaults()));
    assertThat(o.groups()).isNotEmpty();
    assertThat(o.groups().stream().mapToLong(g -> g.counts().base()).sum()).isEqualTo(o.total().base());
    String tsv = text(o.report(), "tsv");
    assertThat(tsv.lines().reduce((a, b) -> b).orElseThrow()).startsWith("итого\t" + o.total().base() + "\t");
    assertThat(text(o.report(), "json")).startsWith("{\n  \"groups\" : [").contains("\"total\" : {");
    assertThatThrownBy(() -> new AttestationWorkflow().run(new AttestationRequest(DEMO.data(), AcademicYear.starting(2010),
        PeriodKind.ACADEMIC_YEAR, 1, AttestationGrouping.CLASS, AttestationOptions.defaults(), ReportOptions.defaults())))
        .hasMessageContaining("нет отметок за учебный год 2010/2011").hasMessageContaining("в данных:");
  }

  @Test
  @DisplayName("ГИА and literacy: one table row per result; English labels with EN")
  void giaAndLiteracy() throws Exception {
    GiaOutcome gia = new GiaWorkflow().run(GiaRequest.of(DEMO.data(), 2024));
    assertThat(gia.subjects()).isNotEmpty();
    assertThat(gia.report().tables().get(0).rows()).hasSize(gia.subjects().size());
    LiteracyOutcome lit = new LiteracyWorkflow().run(new LiteracyRequest(DEMO.data(),
        ReportingPeriod.academicYear(AcademicYear.starting(2024)), LiteracyGrouping.SCHOOL,
        ReportOptions.defaults().withLanguage(io.github.vsoko.report.Language.EN)));
    assertThat(lit.report().tables().get(0).rows()).hasSize(lit.groups().size());
    assertThat(text(lit.report(), "tsv")).startsWith("direction\tgroup\t");
  }

  @Test
  @DisplayName("plan: due and overdue on a date are the status report's rows")
  void plan() throws Exception {
    PlanOutcome o = new PlanWorkflow().run(new PlanRequest(DEMO.model().plan(), Optional.of(DEMO.model().roadMaps().get(0)),
        Optional.of(DemoSchool.TODAY), ReportOptions.defaults()));
    assertThat(o.status().tables().get(0).rows()).hasSize(o.due().size() + o.overdue().size() + o.overdueActions().size());
    assertThat(o.plan().kind()).isEqualTo("plan");
    assertThat(o.cyclogram().kind()).isEqualTo("cyclogram");
  }

  @Test
  @DisplayName("management cycle and municipal comparison over two schools")
  void managementCycleAndComparison() throws Exception {
    SchoolData other = DEMO.data().withOrganization(Organization.of("sch2", "МБОУ СОШ № 2", "МБОУ СОШ № 2", OrganizationKind.GENERAL));
    ManagementCycleOutcome cycle = new ManagementCycleWorkflow(REGISTRY).run(new ManagementCycleRequest(List.of(DEMO.data(), other),
        Optional.of(AcademicYear.starting(2023)), List.of(), io.github.vsoko.analytics.vpr.VprScales.bundled(),
        io.github.vsoko.analytics.management.ManagementRules.builtIn(), Optional.empty(), ReportOptions.defaults()));
    assertThat(cycle.outcomes()).hasSize(2);
    assertThat(cycle.recommendations()).hasSize(cycle.outcomes().stream().mapToInt(o -> o.recommendations().size()).sum());
    MunicipalComparisonOutcome cmp = new MunicipalComparisonWorkflow().run(new MunicipalComparisonRequest(cycle.measurements(),
        Map.of(DEMO.data().organization().id(), "город", "sch2", "город"), List.of("attestation.quality"), DemoSchool.TODAY,
        ReportOptions.defaults()));
    assertThat(cmp.byMetric().get("attestation.quality")).hasSize(2);
    assertThat(text(cmp.report(), "tsv")).contains("город\tМБОУ СОШ № 2\t");
  }

  @Test
  @DisplayName("effectiveness sheet of two schools: a comparison and one sheet per school, names never collide")
  void sheet() throws Exception {
    SheetSchool a = new SheetSchool(DEMO.data(), Optional.of(DEMO.model()), DEMO.sheetAnswers(), "demo");
    SheetSchool b = SheetSchool.of(DEMO.data().withOrganization(Organization.of("DEMO_school7", "Школа Б", "Школа Б",
        OrganizationKind.GENERAL)));
    EffectivenessSheetOutcome o = new EffectivenessSheetWorkflow().run(new EffectivenessSheetRequest(List.of(a, b), DemoSchool.YEAR,
        DEMO.recommendations(), EffectivenessSheet.builtIn(), ReportOptions.defaults()));
    assertThat(o.reports()).hasSize(3);
    assertThat(o.reports().stream().map(r -> r.kind()).distinct()).hasSize(3);
    assertThat(text(o.summary(), "text")).contains(o.results().get(0).organizationName() + ": " + o.results().get(0).total() + " из ");
  }

  @Test
  @DisplayName("regulation audit: the summary names what each school lacks")
  void audit() throws Exception {
    AuditedRegulation r = new AuditedRegulation("Школа", RegulationDocuments.of("положение.txt",
        "1. Общие положения. Положение разработано в соответствии с Федеральным законом № 273-ФЗ."));
    RegulationAuditOutcome o = new RegulationAuditWorkflow().run(new RegulationAuditRequest(List.of(r), Optional.empty(),
        AuditComponents.builtIn(), DemoSchool.TODAY, ReportOptions.defaults()));
    assertThat(o.results().get(0).gaps()).isNotEmpty();
    assertThat(text(o.summary(), "text")).contains("Школа: недостаёт компонентов: " + o.results().get(0).gaps().size());
  }

  @Test
  @DisplayName("demo: every document and an index that links each written file; byte-identical reruns")
  void demo() throws Exception {
    DemoOutcome o = new DemoWorkflow(REGISTRY, FILES).run(DEMO, ReportOptions.defaults());
    // the ВПР analysis names the school, not its ФИС ОКО login, and tells the demo's story: 4Б is graded generously
    String login = DEMO.data().organization().fisOkoLogin().orElseThrow();
    String vpr = text(o.vpr().report(), "md");
    assertThat(vpr).contains(DEMO.data().organization().shortName()).doesNotContain(login);
    assertThat(vpr).contains("Класс 4Б — Математика: понизили отметку").contains("текущего оценивания в классах: 4Б");
    assertThat(o.vpr().analysis().classes()).filteredOn(c -> c.className().toString().equals("4Б"))
        .anyMatch(c -> c.markers().contains(io.github.vsoko.analytics.vpr.ObjectivityMarker.CLASS_LOWERED));
    // by teacher: the teacher of 4Б (from the demo's teaching load) stands out the same way
    assertThat(o.vpr().teachers()).filteredOn(t -> t.classes().toString().contains("4Б"))
        .anyMatch(t -> t.markers().contains(io.github.vsoko.analytics.vpr.ObjectivityMarker.CLASS_LOWERED));
    assertThat(vpr).contains("Результаты по учителям (с признаками — первыми)");
    List<Path> written = o.write(FILES, dir.resolve("a"));
    assertThat(written.get(written.size() - 1).getFileName().toString()).isEqualTo("index.html");
    String index = Files.readString(dir.resolve("a").resolve("index.html"));
    for (Path p : written.subList(0, written.size() - 1)) {
      assertThat(index).contains("href=\"" + p.getFileName() + "\"");
    }
    new DemoWorkflow(REGISTRY, FILES).run(DEMO, ReportOptions.defaults()).write(FILES, dir.resolve("b"));
    for (Path p : written) {
      String name = p.getFileName().toString();
      if (name.endsWith(".html") || name.endsWith(".md") || name.endsWith(".json") || name.endsWith(".csv")
          || name.endsWith(".pdf")) {
        assertThat(dir.resolve("b").resolve(name)).as(name).hasSameBinaryContentAs(p);
      }
    }
  }
}
