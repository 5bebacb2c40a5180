package io.github.vsoko.report.internal;

import io.github.vsoko.report.Cell;
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
 * The report's tables as tab-separated values for scripts and spreadsheets pasted from a terminal:
 * UTF-8 without BOM, {@code \n} line ends, per table its last header row and its body rows, tables
 * separated by an empty line; tabs and line breaks inside a cell become spaces, and text a spreadsheet
 * could read as a formula gets a leading apostrophe.
 */
public final class TsvRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "tsv";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    StringBuilder tsv = new StringBuilder();
    boolean first = true;
    for (Table t : report.tables()) {
      if (!first) {
        tsv.append('\n');
      }
      first = false;
      line(tsv, t.header().get(t.header().size() - 1));
      for (Row r : t.rows()) {
        line(tsv, r);
      }
    }
    out.write(tsv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void line(StringBuilder tsv, Row row) {
    List<String> cells = new ArrayList<>();
    for (Cell c : row.cells()) {
      String text = c.text().replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
      cells.add(c.number().isPresent() ? text : Labels.neutralize(text));
      for (int i = 1; i < c.colspan(); i++) {
        cells.add("");
      }
    }
    tsv.append(String.join("\t", cells)).append('\n');
  }
}
