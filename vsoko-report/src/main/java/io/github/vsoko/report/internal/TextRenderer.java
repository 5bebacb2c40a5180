package io.github.vsoko.report.internal;

import io.github.vsoko.report.Block;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as plain text for a terminal (format {@code text}, file {@code .txt}): title, headings,
 * paragraphs, lists, and tables as aligned columns (numbers right-aligned, a cell wider than 60
 * characters wraps onto the next line in its column). Control characters from data are replaced, so
 * nothing in a report can move a terminal's cursor or change its colours.
 */
public final class TextRenderer implements ReportRenderer {
  private static final int MAX_WIDTH = 60;

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder();
    report.approval().ifPresent(a -> {
      a.lines().forEach(line -> text.append(safe(line)).append('\n'));
      text.append('\n');
    });
    text.append(safe(report.title())).append('\n');
    report.subtitle().ifPresent(s -> text.append(safe(s)).append('\n'));
    for (Block block : report.blocks()) {
      if (block instanceof Heading h) {
        text.append('\n').append(safe(h.text())).append('\n');
      } else if (block instanceof Paragraph p) {
        text.append(Labels.prefix(p.kind(), report.language())).append(safe(p.text())).append('\n');
      } else if (block instanceof ListBlock l) {
        for (ListItem item : l.items()) {
          text.append("  ").append(item.emphasis() ? "! " : "• ").append(safe(item.text()));
          item.links().forEach(link -> text.append(' ').append(safe(link.label())).append(" (").append(safe(link.target()))
              .append(')'));
          text.append('\n');
        }
      } else if (block instanceof Table t) {
        table(text, t);
      } else if (block instanceof Chart c) {
        table(text, Charts.table(c, Labels.chart(report.language()) + ": " + c.title()));
      }
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void table(StringBuilder text, Table t) {
    if (!t.caption().isEmpty()) {
      text.append('\n').append(safe(t.caption())).append('\n');
    }
    List<Row> all = new ArrayList<>();
    all.add(t.header().get(t.header().size() - 1));
    all.addAll(t.rows());
    int[] widths = new int[t.columns()];
    for (Row r : all) {
      int col = 0;
      for (Cell c : r.cells()) {
        if (c.colspan() == 1) {
          widths[col] = Math.max(widths[col], Math.min(MAX_WIDTH, safe(c.text()).length()));
        }
        col += c.colspan();
      }
    }
    for (Row r : all) {
      line(text, r, widths);
    }
  }

  private static void line(StringBuilder text, Row row, int[] widths) {
    List<List<String>> pieces = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    List<Integer> spans = new ArrayList<>();
    int col = 0;
    for (Cell c : row.cells()) {
      int width = 0;
      for (int i = col; i < col + c.colspan(); i++) {
        width += widths[i] + (i > col ? 2 : 0);
      }
      pieces.add(wrap(safe(c.text()), Math.max(1, width)));
      right.add(c.number().isPresent());
      spans.add(width);
      col += c.colspan();
    }
    int lines = pieces.stream().mapToInt(List::size).max().orElse(1);
    for (int l = 0; l < lines; l++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < pieces.size(); i++) {
        String s = l < pieces.get(i).size() ? pieces.get(i).get(l) : "";
        String pad = " ".repeat(Math.max(0, spans.get(i) - s.length()));
        if (i > 0) {
          line.append("  ");
        }
        line.append(right.get(i) ? pad + s : s + pad);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static List<String> wrap(String s, int width) {
    List<String> out = new ArrayList<>();
    String rest = s;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      out.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    out.add(rest);
    return out;
  }

  /** The text with control characters (escape sequences included) replaced by «�». */
  static String safe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (Character.getType(cp) == Character.CONTROL || cp == 0x9B) {
        b.append(cp == '\n' || cp == '\t' ? ' ' : '\uFFFD');
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }
}
