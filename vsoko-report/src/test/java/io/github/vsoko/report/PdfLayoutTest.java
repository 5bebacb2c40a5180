package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A PDF a school can publish: a long table repeats its header on every page, and the headings make the outline. */
class PdfLayoutTest {
  private static byte[] pdf(Report r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportRenderers.discover().get("pdf").render(r, out);
    return out.toByteArray();
  }

  @Test
  void theIndicatorTableRepeatsItsHeaderOnEveryPageItSpans() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(Reports.selfAssessment()))) {
      PDFTextStripper text = new PDFTextStripper();
      List<Integer> pagesWithRows = new ArrayList<>();
      List<Integer> pagesWithHeader = new ArrayList<>();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        String t = text.getText(doc);
        if (t.contains("Значение") && t.contains("Показатели")) {
          pagesWithHeader.add(page);
        }
        if (t.contains("человек/%")) {
          pagesWithRows.add(page);
        }
      }
      assertThat(pagesWithRows).hasSizeGreaterThan(1);
      assertThat(pagesWithHeader).containsAll(pagesWithRows);
    }
  }

  @Test
  void theHeadingsMakeTheOutline() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(Reports.selfAssessment()))) {
      var outline = doc.getDocumentCatalog().getDocumentOutline();
      assertThat(outline).isNotNull();
      List<String> top = new ArrayList<>();
      for (PDOutlineItem item : outline.children()) {
        top.add(item.getTitle());
      }
      assertThat(top).contains("Аналитическая часть", "Результаты анализа показателей деятельности");
      PDOutlineItem analytical = outline.getFirstChild();
      assertThat(analytical.children().iterator().next().getTitle()).startsWith("1. Оценка образовательной деятельности");
    }
  }
}
