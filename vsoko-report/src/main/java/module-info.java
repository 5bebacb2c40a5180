/**
 * Report model and renderers (отчёты): the self-assessment report, the plan of functioning and its
 * cyclogram, road maps and addressed recommendations, in HTML, Markdown, CSV, JSON, XLSX, DOCX and PDF.
 */
module io.github.vsoko.report {
  requires transitive io.github.vsoko.analytics;
  requires org.slf4j;
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;
  requires org.jsoup;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires openhtmltopdf.pdfbox;
  requires openhtmltopdf.core;
  requires openhtmltopdf.slf4j;
  requires org.apache.pdfbox;
  requires org.jfree.jfreechart;
  requires java.desktop;
  requires java.xml;

  exports io.github.vsoko.report;

  uses io.github.vsoko.report.ReportRenderer;

  provides io.github.vsoko.report.ReportRenderer with
      io.github.vsoko.report.internal.HtmlRenderer,
      io.github.vsoko.report.internal.MarkdownRenderer,
      io.github.vsoko.report.internal.CsvRenderer,
      io.github.vsoko.report.internal.JsonRenderer,
      io.github.vsoko.report.internal.XlsxRenderer,
      io.github.vsoko.report.internal.DocxRenderer,
      io.github.vsoko.report.internal.PdfRenderer,
      io.github.vsoko.report.internal.TsvRenderer,
      io.github.vsoko.report.internal.TextRenderer;
}
