package io.github.vsoko.report.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.helper.W3CDom;

/**
 * PDF (openhtmltopdf on PDFBox) from the same HTML as the HTML report: A4, an embedded Cyrillic font
 * (DejaVu Sans, subset), selectable text, page numbers; charts as images. Creation and modification
 * dates and the document id come from the report, so the same report gives the same file. Rendering
 * routes openhtmltopdf's logging to SLF4J (its {@code XRLog} is global to the JVM).
 */
public final class PdfRenderer implements ReportRenderer {
  private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    // openhtmltopdf logs through java.util.logging by default; a library of ours speaks SLF4J only
    XRLog.setLoggerImpl(new Slf4jLogger());
    org.w3c.dom.Document html = W3CDom.convert(HtmlDocuments.build(report, true));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(html, "about:blank");
    builder.useFont(() -> font("DejaVuSans.ttf"), HtmlDocuments.FONT_FAMILY, 400,
        PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSans-Bold.ttf"), HtmlDocuments.FONT_FAMILY, 700,
        PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), HtmlDocuments.FONT_FAMILY, 400,
        PdfRendererBuilder.FontStyle.ITALIC, true);
    builder.withProducer("vsoko");
    // laid out and written once: the document's dates and id are set before it is saved (no second parse)
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument pdf = renderer.createPDFKeepOpen()) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Calendar date = GregorianCalendar.from(report.date().atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone("UTC"));
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setProducer("vsoko");
        info.setCreator("vsoko");
        info.setTitle(report.title());
        COSString id = new COSString(digest(report.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        pdf.save(out);
      }
    }
  }

  /** The document id: a digest of the report, so it changes only when the report does. */
  private static byte[] digest(byte[] content) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(content);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static InputStream font(String name) {
    InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONTS + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("font " + FONTS + name + " not found (jasperreports-fonts missing?)"));
    }
    return in;
  }
}
