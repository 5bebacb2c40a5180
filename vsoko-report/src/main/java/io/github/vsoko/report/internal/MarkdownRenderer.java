package io.github.vsoko.report.internal;

import io.github.vsoko.report.Block;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Link;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.RowKind;
import io.github.vsoko.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * GitHub-flavoured Markdown: headings, paragraphs, pipe tables (merged cells written once, then left
 * empty; nesting by em-spaces), charts as their data table. All text is escaped.
 */
public final class MarkdownRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "md";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    StringBuilder md = new StringBuilder();
    report.approval().ifPresent(a -> {
      a.lines().forEach(line -> md.append("> ").append(escape(line)).append("  \n"));
      md.append('\n');
    });
    md.append("# ").append(escape(report.title())).append("\n\n");
    report.subtitle().ifPresent(s -> md.append(escape(s)).append("\n\n"));
    for (Block block : report.blocks()) {
      if (block instanceof Heading h) {
        md.append("#".repeat(h.level() + 1)).append(' ').append(escape(h.text())).append("\n\n");
      } else if (block instanceof Paragraph p) {
        switch (p.kind()) {
          case TEXT -> md.append(paragraph(p.text())).append("\n\n");
          case GAP -> md.append("> **").append(escape(Labels.gap(report.language()))).append(":** ").append(escape(p.text()))
              .append("\n\n");
          case NOTE -> md.append('_').append(escape(Labels.note(report.language()))).append(":_ ").append(escape(p.text()))
              .append("\n\n");
        }
      } else if (block instanceof Table t) {
        table(md, t);
      } else if (block instanceof ListBlock l) {
        for (ListItem item : l.items()) {
          md.append("- ").append(item.emphasis() ? "**" + escape(item.text()) + "**" : escape(item.text()));
          for (int i = 0; i < item.links().size(); i++) {
            Link link = item.links().get(i);
            md.append(i == 0 ? " " : " · ").append('[').append(escape(link.label())).append("](<").append(link.target())
                .append(">)");
          }
          md.append('\n');
        }
        md.append('\n');
      } else if (block instanceof Chart c) {
        table(md, Charts.table(c, Labels.chart(report.language()) + ": " + c.title()));
      }
    }
    out.write(md.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void table(StringBuilder md, Table t) {
    if (!t.caption().isEmpty()) {
      md.append("**").append(escape(t.caption())).append("**\n\n");
    }
    List<Row> header = t.header();
    row(md, header.get(0));
    md.append('|');
    for (int i = 0; i < t.columns(); i++) {
      md.append("---|");
    }
    md.append('\n');
    for (Row r : header.subList(1, header.size())) {
      row(md, r);
    }
    for (Row r : t.rows()) {
      row(md, r);
    }
    md.append('\n');
  }

  private static void row(StringBuilder md, Row row) {
    md.append('|');
    boolean first = true;
    for (Cell c : row.cells()) {
      String text = escape(c.text());
      if (first) {
        text = "\u2003".repeat(row.indent()) + text;
        first = false;
      }
      if (row.kind() != RowKind.NORMAL && !c.text().isEmpty()) {
        text = "**" + text + "**";
      }
      md.append(' ').append(text).append(" |");
      for (int i = 1; i < c.colspan(); i++) {
        md.append("  |");
      }
    }
    md.append('\n');
  }

  /** Escapes Markdown syntax; line breaks become {@code <br>} so that table cells stay one line. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '<', '>', '~' -> s.append('\\').append(c);
        case '&' -> s.append("&amp;");
        case '\r' -> { }
        case '\n' -> s.append("<br>");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** A paragraph: escaped, and a leading «1.» or «-» kept from turning it into a list. */
  static String paragraph(String text) {
    String out = escape(text);
    if (out.matches("\\d+\\..*")) {
      return out.replaceFirst("^(\\d+)\\.", "$1\\\\.");
    }
    return out.startsWith("-") || out.startsWith("+") || out.startsWith("#") ? "\\" + out : out;
  }
}
