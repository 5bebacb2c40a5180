package io.github.vsoko.report.internal;

import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One self-contained HTML file: stylesheet with print rules inside, charts as inline SVG. */
public final class HtmlRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "html";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    out.write(HtmlDocuments.build(report, false).outerHtml().getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }
}
