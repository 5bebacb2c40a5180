package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** XLSX and DOCX opened again and checked cell by cell; PDF text extracted and checked. */
class BinaryFormatsTest {
  private static final ReportRenderers RENDERERS = ReportRenderers.discover();
  private static final Date REPORT_DATE = Date.from(LocalDate.of(2024, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC));

  private static byte[] render(Report report, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RENDERERS.get(format).render(report, out);
    return out.toByteArray();
  }

  /** A small report with every kind of cell and a hostile text. */
  static Report mixed() {
    Table t = new Table("mixed", "Смешанная таблица", List.of(Row.of("Показатель", "Число", "Доля", "Текст")),
        List.of(Row.section("Раздел", 4),
            new Row(List.of(Cell.text("в том числе"), Cell.number("12", BigDecimal.valueOf(12), CellKind.INTEGER),
                Cell.number("45,2 %", new BigDecimal("45.2"), CellKind.PERCENT), Cell.text("=HYPERLINK(\"x\")")), RowKind.NORMAL,
                1)),
        List.of(40, 20, 20, 20));
    return new Report("mixed", "Проверка <форматов> & «кавычек»", Optional.empty(), Optional.empty(),
        List.of(new Heading(1, "Раздел 1"), Paragraph.text("Текст <b>не тег</b>"), t), LocalDate.of(2024, 12, 31), Language.RU);
  }

  @Test
  void xlsxStoresNumbersAsNumbersPercentAsPercentAndNeutralisesFormulas() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(mixed(), "xlsx")))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Проверка <форматов> & «кавычек»");
      XSSFSheet sheet = wb.getSheet("Смешанная таблица");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(sheet.getMergedRegions()).extracting(Object::toString).contains("org.apache.poi.ss.util.CellRangeAddress [A3:D3]");
      XSSFRow row = sheet.getRow(3);
      assertThat(row.getCell(0).getCellStyle().getIndention()).isEqualTo((short) 2);
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12.0);
      XSSFCell percent = row.getCell(2);
      assertThat(percent.getNumericCellValue()).isEqualTo(0.452);
      assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      XSSFCell formula = row.getCell(3);
      assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1));
      assertThat(wb.getProperties().getCoreProperties().getCreated()).isEqualTo(REPORT_DATE);
    }
  }

  @Test
  void xlsxOfTheSelfAssessmentHasTheIndicatorTableCellByCell() throws IOException {
    Report report = Reports.selfAssessment();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(report, "xlsx")))) {
      XSSFSheet sheet = wb.getSheet("Показатели деятельности");
      assertThat(sheet).as("sheets: %s", wb.sheetIterator()).isNotNull();
      Table table = report.tables().stream().filter(t -> t.id().equals("indicators")).findFirst().orElseThrow();
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Значение, человек");
      assertThat(table.rows()).anySatisfy(x -> assertThat(x.cells()).hasSize(4).satisfies(c -> assertThat(c.get(3).count()).isPresent()));
      for (int r = 0; r < table.rows().size(); r++) {
        Row expected = table.rows().get(r);
        XSSFRow actual = sheet.getRow(r + 2);
        assertThat(actual.getCell(0).getStringCellValue()).isEqualTo(expected.cells().get(0).text());
        if (expected.kind() == RowKind.NORMAL) {
          Cell value = expected.cells().get(3);
          if (value.count().isPresent()) {
            // a share: the percent cell (0.0%) and, in the next column, the persons
            assertThat(actual.getCell(3).getNumericCellValue()).isEqualTo(value.number().get().movePointLeft(2).doubleValue());
            assertThat(actual.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(actual.getCell(4).getNumericCellValue()).isEqualTo(value.count().get().doubleValue());
          } else if (value.number().isPresent()) {
            assertThat(actual.getCell(3).getNumericCellValue()).isEqualTo(value.number().get().doubleValue());
          } else {
            assertThat(actual.getCell(3).getStringCellValue()).isEqualTo(value.text());
          }
        }
      }
    }
  }

  @Test
  void docxHasHeadingStylesRealTablesAndPageNumbers() throws IOException {
    Report report = Reports.selfAssessment();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(report, "docx")))) {
      assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
          .contains("Аналитическая часть", "Результаты анализа показателей деятельности");
      assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
      XWPFTable indicators = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Показатели"))
          .findFirst().orElseThrow();
      Table expected = report.tables().stream().filter(t -> t.id().equals("indicators")).findFirst().orElseThrow();
      assertThat(indicators.getRows()).hasSize(expected.rows().size() + 1);
      assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
      for (int r = 0; r < expected.rows().size(); r++) {
        Row row = expected.rows().get(r);
        for (int c = 0; c < row.cells().size(); c++) {
          assertThat(indicators.getRow(r + 1).getCell(c).getText()).isEqualTo(row.cells().get(c).text());
        }
      }
      assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
      assertThat(doc.getProperties().getCoreProperties().getCreated()).isEqualTo(REPORT_DATE);
      assertThat(doc.getAllPictures()).as("the chart of marks").hasSize(1);
    }
  }

  @Test
  void docxMergesSectionCells() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(mixed(), "docx")))) {
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(1).getTableCells()).hasSize(1);
      assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(4);
      assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("=HYPERLINK(\"x\")");
    }
  }

  @Test
  void pdfEmbedsACyrillicFontAndItsTextCanBeExtracted() throws IOException {
    byte[] pdf = render(Reports.selfAssessment(), "pdf");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Отчёт о результатах самообследования МБОУ СОШ № 1 за 2024 год", "Аналитическая часть",
          "Показатели деятельности, подлежащей самообследованию", "Общая численность учащихся");
      assertThat(doc.getNumberOfPages()).isGreaterThan(3);
      PDFont font = doc.getPage(0).getResources().getFontNames().iterator().hasNext()
          ? doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next()) : null;
      assertThat(font).isNotNull();
      assertThat(font.getName()).contains("DejaVu");
      assertThat(font.isEmbedded()).isTrue();
      assertThat(doc.getDocumentInformation().getCreationDate().getTime()).isEqualTo(REPORT_DATE);
      assertThat(doc.getDocumentInformation().getTitle()).startsWith("Отчёт о результатах самообследования");
    }
    assertThat(java.util.Arrays.equals(render(Reports.selfAssessment(), "pdf"), pdf)).as("same report, same PDF").isTrue();
  }

  /** A value across years: a line chart, SVG in HTML, an image in DOCX and PDF, a data sheet in XLSX. */
  @Test
  void aLineChartAcrossYearsInEveryFormat() throws IOException {
    Chart line = new Chart("quality", "Качество обучения по годам", ChartKind.LINE, List.of("2022", "2023", "2024"),
        List.of(new ChartSeries("Школа", List.of(new BigDecimal("41.5"), new BigDecimal("44"), new BigDecimal("47.2"))),
            new ChartSeries("Район", List.of(new BigDecimal("40"), new BigDecimal("42.1"), new BigDecimal("43")))), "%");
    Report r = new Report("quality", "Динамика", Optional.empty(), Optional.empty(), List.of(line), LocalDate.of(2024, 12, 31),
        Language.RU);
    String html = new String(render(r, "html"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("<polyline", "<title>Качество обучения по годам</title>", "Школа: 2022 — 41,5 %; 2023 — 44 %");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(r, "docx")))) {
      assertThat(doc.getAllPictures()).hasSize(1);
      assertThat(doc.getAllPictures().get(0).getData()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(r, "xlsx")))) {
      XSSFSheet data = wb.getSheet("Качество обучения по годам");
      assertThat(data.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Район, %");
      assertThat(data.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(0.472);
    }
    try (PDDocument pdf = Loader.loadPDF(render(r, "pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Качество обучения по годам");
    }
  }
}
