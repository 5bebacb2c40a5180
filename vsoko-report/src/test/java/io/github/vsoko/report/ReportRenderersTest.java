package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderersTest {
  @TempDir Path dir;

  /** What a vendor writes to add a format: one small class. */
  static final class PlainTextRenderer implements ReportRenderer {
    @Override
    public String format() {
      return "txt";
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
      out.write((report.title() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void theBuiltInFormatsAreDiscovered() {
    assertThat(ReportRenderers.discover().formats()).containsExactly("csv", "docx", "html", "json", "md", "pdf", "text", "tsv", "xlsx");
  }

  @Test
  void aVendorFormatIsAddedAndWritesKindDotExtension() throws IOException {
    ReportRenderers renderers = ReportRenderers.discover().with(new PlainTextRenderer());
    Path file = renderers.write(Reports.plan(), "txt", dir.resolve("out"));
    assertThat(file).isEqualTo(dir.resolve("out").resolve("plan.txt"));
    assertThat(Files.readString(file)).startsWith("План функционирования");
  }

  @Test
  void twoRenderersForOneFormatAndUnknownFormatsAreClearErrors() {
    assertThatThrownBy(() -> ReportRenderers.of(List.of(new PlainTextRenderer(), new PlainTextRenderer())))
        .hasMessageContaining("two renderers for format «txt»");
    assertThatThrownBy(() -> ReportRenderers.discover().get("odt"))
        .hasMessage("unknown report format «odt»; known: csv, docx, html, json, md, pdf, text, tsv, xlsx");
  }

  @Test
  void englishLabelsAreAnOption() throws IOException {
    Report en = SelfAssessmentReport.build(io.github.vsoko.model.fixtures.SmallSchool.data(), Reports.indicators(),
        ReportOptions.defaults().withLanguage(Language.EN));
    assertThat(en.title()).isEqualTo("Self-assessment report МБОУ СОШ № 1 for 2024");
    Table indicators = en.tables().stream().filter(t -> t.id().equals("indicators")).findFirst().orElseThrow();
    assertThat(indicators.header().get(0).cells()).extracting(Cell::text).containsExactly("No.", "Indicator", "Unit", "Value");
    // official wording stays Russian
    assertThat(indicators.rows().get(1).cells().get(1).text()).isEqualTo("Общая численность учащихся");
  }

  @Test
  void shareStylesSeenInRealReports() {
    for (var style : io.github.vsoko.indicators.ShareStyle.values()) {
      Report r = SelfAssessmentReport.build(io.github.vsoko.model.fixtures.SmallSchool.data(), Reports.indicators(),
          ReportOptions.defaults().withShareStyle(style));
      Table t = r.tables().stream().filter(x -> x.id().equals("indicators")).findFirst().orElseThrow();
      String value = t.rows().stream().filter(row -> row.cells().get(0).text().equals("1.5")).findFirst().orElseThrow()
          .cells().get(3).text();
      assertThat(value).isEqualTo(switch (style) {
        case PERSONS_SLASH_PERCENT -> "4 человека / 40 %";
        case COUNT_PARENS_PERCENT -> "4 (40 %)";
        case COUNT_SLASH_NUMBER -> "4/40";
      });
    }
  }

  @Test
  void theCyclogramShowsDueAndOverdueOnADate() {
    Report r = Reports.cyclogram();
    Table grid = r.tables().get(0);
    assertThat(grid.header().get(0).cells()).extracting(Cell::text).containsSubsequence("сен", "окт", "авг");
    Table due = r.tables().stream().filter(t -> t.id().equals("due")).findFirst().orElseThrow();
    Table overdue = r.tables().stream().filter(t -> t.id().equals("overdue")).findFirst().orElseThrow();
    assertThat(due.caption()).contains("январь");
    assertThat(due.rows()).isNotEmpty();
    assertThat(overdue.rows()).singleElement().extracting(row -> row.cells().get(0).text()).isEqualTo("нет");
    Report july = CyclogramReport.build(io.github.vsoko.model.fixtures.School29Regulation.plan(),
        java.util.Optional.of(java.time.LocalDate.of(2025, 7, 10)), ReportOptions.defaults());
    Table late = july.tables().stream().filter(t -> t.id().equals("overdue")).findFirst().orElseThrow();
    assertThat(late.rows()).hasSizeGreaterThan(5).allSatisfy(row -> assertThat(row.cells()).hasSize(4));
    assertThat(late.rows()).extracting(row -> row.cells().get(3).text()).contains("30.06.2025");
  }

  /** A kindergarten gets the rows of appendix 1 in its sections, its own table of order № 1324, and gaps elsewhere. */
  @Test
  void aKindergartenReportUsesAppendixOne() throws IOException {
    var org = io.github.vsoko.model.organization.Organization.of("ds1", "МБДОУ № 1", "Детский сад № 1",
        io.github.vsoko.model.organization.OrganizationKind.PRESCHOOL);
    var data = io.github.vsoko.model.school.SchoolData.builder(org,
        io.github.vsoko.model.time.ReportingPeriod.calendarYear(2024)).build();
    var result = io.github.vsoko.indicators.IndicatorEvaluator.evaluate(
        io.github.vsoko.indicators.IndicatorRegistry.discover().requireSet("order1324.preschool"), data);
    Report r = SelfAssessmentReport.build(data, result, ReportOptions.defaults().withHeadPosition("Заведующий"));
    assertThat(r.approval().orElseThrow().lines()).contains("Заведующий МБДОУ № 1");
    // the sections appendix 1 declares (contingent, staff, facilities) are filled from its rows
    assertThat(r.tables()).extracting(Table::id).containsExactly("general", "contingent", "staff", "facilities", "indicators");
    assertThat(r.blocks()).filteredOn(Paragraph.class::isInstance).map(b -> ((Paragraph) b).kind())
        .contains(ParagraphKind.GAP);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ReportRenderers.discover().get("md").render(r, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("| 1.1 | Общая численность воспитанников");
  }
}
