package io.github.vsoko.report.internal;

import io.github.vsoko.report.Block;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.CellKind;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Link;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.RowKind;
import io.github.vsoko.report.Table;
import java.util.Base64;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Builds the HTML of a report with jsoup (which escapes every text and attribute): one
 * self-contained file with its stylesheet (print rules and A4 pages included), accessible tables
 * (caption, scoped header cells) and charts as inline SVG — or, for PDF, as PNG images.
 */
final class HtmlDocuments {
  private HtmlDocuments() {}

  static final String FONT_FAMILY = "DejaVu Sans";

  private static final String CSS = String.join("\n",
      "body { font-family: '" + FONT_FAMILY + "', 'PT Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.4;"
          + " margin: 2em auto; max-width: 60em; color: #111; }",
      "h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; margin-top: 1.5em; } h3, h4 { font-size: 11.5pt; }",
      ".subtitle { text-align: center; }",
      ".approval { margin-left: 60%; margin-bottom: 2em; } .approval p { margin: 0; }",
      "table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; page-break-inside: auto; }",
      "caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }",
      "th, td { border: 1px solid #555; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }",
      "thead th { background: #e8e8e8; } tr { page-break-inside: avoid; }",
      "tr.section th { background: #f3f3f3; font-weight: bold; } tr.total td { font-weight: bold; }",
      "td.num { text-align: right; white-space: nowrap; }",
      "table.wide { font-size: 8pt; line-height: 1.25; }"
          + " table.wide th, table.wide td { padding: 0.15em 0.25em; }",
      ".indent-1 { padding-left: 1.5em; } .indent-2 { padding-left: 3em; } .indent-3 { padding-left: 4.5em; }",
      ".gap { border-left: 4px solid #c60; background: #fff4e5; padding: 0.3em 0.6em; }",
      ".note { font-size: 9.5pt; color: #444; }",
      "figure { margin: 1em 0; } figcaption { font-weight: bold; } li { margin: 0.2em 0; } li.warn { color: #8a4b00; }",
      ".due { background: #cfe3ff; text-align: center; }",
      "@page { size: A4; margin: 2cm 1.5cm 2cm 2cm;"
          + " @bottom-center { content: counter(page); font-family: '" + FONT_FAMILY + "'; font-size: 9pt; } }",
      "@page landscape { size: A4 landscape; margin: 1.5cm 1.5cm 1.5cm 2cm;"
          + " @bottom-center { content: counter(page); font-family: '" + FONT_FAMILY + "'; font-size: 9pt; } }",
      "div.landscape { page: landscape; width: 26.2cm; }", // openhtmltopdf keeps the first page's width otherwise (its issue 948)
      "@media print { body { margin: 0; max-width: none; } thead { display: table-header-group; }"
          + " h2, h3 { page-break-after: avoid; } .gap { background: none; } }");

  /** For the PDF: a table's header rows repeat on every page it spans (openhtmltopdf's pagination of tables). */
  private static final String PDF_CSS = "table { -fs-table-paginate: paginate; -fs-border-spacing-horizontal: 0; }"
      + " h2, h3, h4 { page-break-after: avoid; }";

  /** For the HTML page only (the PDF engine does not know it): a wide table scrolls inside a narrow window. */
  private static final String SCREEN_CSS = ".wide-wrap { overflow-x: auto; }";

  /** For the PDF of a mostly wide document: every page landscape. */
  private static final String PDF_LANDSCAPE_CSS = "@page { size: A4 landscape; margin: 1.5cm 1.5cm 1.5cm 2cm; }";

  static Document build(Report report, boolean forPdf) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset("UTF-8").prettyPrint(true).indentAmount(1).outline(false)
        .escapeMode(Entities.EscapeMode.base);
    if (forPdf) {
      doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
    }
    doc.selectFirst("html").attr("lang", report.language().name().toLowerCase(Locale.ROOT));
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "UTF-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "vsoko");
    head.appendElement("meta").attr("name", "date").attr("content", report.date().toString());
    head.appendElement("title").text(report.title());
    boolean landscape = PageLayout.landscape(report);
    head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(forPdf ? CSS + "\n" + PDF_CSS
        + (landscape ? "\n" + PDF_LANDSCAPE_CSS : "") : CSS + "\n" + SCREEN_CSS));
    Element body = doc.body();
    report.approval().ifPresent(a -> {
      Element div = body.appendElement("div").addClass("approval");
      a.lines().forEach(line -> div.appendElement("p").text(line));
    });
    body.appendElement("h1").text(report.title());
    report.subtitle().ifPresent(s -> body.appendElement("p").addClass("subtitle").text(s));
    List<Object[]> headings = new java.util.ArrayList<>();
    for (Block block : report.blocks()) {
      if (block instanceof Heading h) {
        Element e = body.appendElement("h" + (h.level() + 1)).text(h.text());
        if (forPdf) {
          headings.add(new Object[] {h, "h" + headings.size()});
          e.attr("id", "h" + (headings.size() - 1));
        }
      } else if (block instanceof Paragraph p) {
        Element e = body.appendElement("p");
        switch (p.kind()) {
          case TEXT -> e.text(p.text());
          case GAP -> {
            e.addClass("gap");
            e.appendElement("strong").text(Labels.gap(report.language()) + ": ");
            e.appendText(p.text());
          }
          case NOTE -> {
            e.addClass("note");
            e.appendElement("em").text(Labels.note(report.language()) + ": ");
            e.appendText(p.text());
          }
        }
      } else if (block instanceof Table t) {
        table(body, t, forPdf, landscape);
      } else if (block instanceof ListBlock l) {
        Element ul = body.appendElement("ul");
        for (ListItem item : l.items()) {
          Element li = ul.appendElement("li");
          if (item.emphasis()) {
            li.addClass("warn");
          }
          li.appendText(item.text());
          for (int i = 0; i < item.links().size(); i++) {
            li.appendText(i == 0 ? " " : " · ");
            Link link = item.links().get(i);
            li.appendElement("a").attr("href", link.target()).text(link.label());
          }
        }
      } else if (block instanceof Chart c) {
        Element figure = body.appendElement("figure");
        if (forPdf) {
          byte[] png = ChartImages.png(c, 640, 320);
          figure.appendElement("img").attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
              .attr("alt", c.title()).attr("style", "width: 16cm; height: 8cm;");
        } else {
          SvgCharts.append(figure, c);
        }
        figure.appendElement("figcaption").text(c.title());
      }
    }
    if (forPdf && !headings.isEmpty()) {
      // the PDF's outline (bookmarks) follows the headings, nested by level
      Element bookmarks = head.appendElement("bookmarks");
      Element[] open = new Element[4];
      for (Object[] entry : headings) {
        Heading h = (Heading) entry[0];
        Element parent = bookmarks;
        for (int level = h.level() - 1; level >= 1; level--) {
          if (open[level] != null) {
            parent = open[level];
            break;
          }
        }
        Element b = parent.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + entry[1]);
        open[h.level()] = b;
        for (int deeper = h.level() + 1; deeper < open.length; deeper++) {
          open[deeper] = null;
        }
      }
    }
    // the heading (and the sentences under it) right before a landscape table go onto the table's page, never
    // alone on a page of their own
    for (Element div : body.select("div.landscape")) {
      List<Element> lead = new ArrayList<>();
      Element previous = div.previousElementSibling();
      while (previous != null && previous.tagName().matches("h[2-6]|p") && !previous.hasClass("approval")) {
        lead.add(previous);
        previous = previous.previousElementSibling();
      }
      int moved = 0; // up to the farthest heading: sentences after the table's heading go with it, not those before
      for (int i = 0; i < lead.size(); i++) {
        moved = lead.get(i).tagName().startsWith("h") ? i + 1 : moved;
      }
      for (int i = 0; i < moved; i++) {
        div.prependChild(lead.get(i));
      }
    }
    return doc;
  }

  private static void table(Element body, Table t, boolean forPdf, boolean landscape) {
    Element parent = body;
    if (PageLayout.wide(t) && !(forPdf && landscape)) {
      // a wide table: smaller type; in the PDF its own landscape pages (a named page)
      parent = forPdf ? body.appendElement("div").addClass("landscape") : body.appendElement("div").addClass("wide-wrap");
    }
    Element table = parent.appendElement("table");
    if (PageLayout.compact(t)) {
      table.addClass("wide");
    }
    if (!t.caption().isEmpty()) {
      table.appendElement("caption").text(t.caption());
    }
    Element colgroup = table.appendElement("colgroup");
    int total = t.widths().stream().mapToInt(Integer::intValue).sum();
    for (int w : t.widths()) {
      colgroup.appendElement("col").attr("style", "width: " + (100 * w / Math.max(1, total)) + "%");
    }
    Element thead = table.appendElement("thead");
    for (Row r : t.header()) {
      Element tr = thead.appendElement("tr");
      for (Cell c : r.cells()) {
        Element th = tr.appendElement("th").attr("scope", "col").text(c.text());
        span(th, c);
      }
    }
    Element tbody = table.appendElement("tbody");
    for (Row r : t.rows()) {
      Element tr = tbody.appendElement("tr");
      if (r.kind() == RowKind.SECTION) {
        tr.addClass("section");
        for (Cell c : r.cells()) {
          span(tr.appendElement("th").attr("scope", "colgroup").text(c.text()), c);
        }
        continue;
      }
      if (r.kind() == RowKind.TOTAL) {
        tr.addClass("total");
      }
      boolean first = true;
      for (Cell c : r.cells()) {
        Element td = tr.appendElement("td");
        lines(td, c.text());
        span(td, c);
        if (c.kind() != CellKind.TEXT) {
          td.addClass("num");
        }
        if (first && r.indent() > 0) {
          td.addClass("indent-" + Math.min(3, r.indent()));
        }
        first = false;
      }
    }
  }

  /** Text with line breaks kept as {@code <br>}. */
  private static void lines(Element e, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        e.appendElement("br");
      }
      e.appendText(lines[i]);
    }
  }

  private static void span(Element e, Cell c) {
    if (c.colspan() > 1) {
      e.attr("colspan", Integer.toString(c.colspan()));
    }
  }

  static String pngDataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
