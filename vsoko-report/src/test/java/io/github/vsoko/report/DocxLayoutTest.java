package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A DOCX a school can edit: a real Normal style, the document's language, a table of contents over the headings. */
class DocxLayoutTest {
  private static byte[] docx(Report r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportRenderers.discover().get("docx").render(r, out);
    return out.toByteArray();
  }

  @Test
  void normalStyleLanguageAndContents() throws Exception {
    byte[] bytes = docx(Reports.selfAssessment());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertThat(doc.getStyles().getStyle("Normal")).isNotNull();
      assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getBasedOn().getVal()).isEqualTo("Normal");
      assertThat(doc.getStyle().xmlText()).contains("w:lang", "ru-RU");
      assertThat(doc.getDocument().getBody().xmlText()).contains("w:instr=\"TOC \\o");
      assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("Содержание"));
      // the field carries the headings as its result, so a reader that does not update fields shows them too
      assertThat(doc.getDocument().getBody().xmlText()).contains("<w:t>Аналитическая часть</w:t><w:br/>");
    }
    // Word is asked to fill the contents when it opens the file
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      String settings = null;
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/settings.xml")) {
          settings = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      assertThat(settings).contains("updateFields");
    }
  }

  @Test
  void aShortReportHasNoContents() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(Reports.plan())))) {
      assertThat(doc.getDocument().getBody().xmlText()).doesNotContain("TOC \\o");
    }
  }
}
