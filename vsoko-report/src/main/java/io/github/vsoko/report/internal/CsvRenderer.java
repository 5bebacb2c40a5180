package io.github.vsoko.report.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's tables as CSV for a Russian Excel: UTF-8 with BOM, «;», CRLF; each table is its caption
 * row, its header rows and its rows, tables separated by an empty line; merged cells are written once
 * and followed by empty cells; text that could be read as a formula gets a leading apostrophe.
 */
public final class CsvRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "csv";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
    boolean first = true;
    for (Table t : report.tables()) {
      if (!first) {
        csv.writeRecord(List.of());
      }
      first = false;
      if (!t.caption().isEmpty()) {
        csv.writeRecord(List.of(Labels.neutralize(t.caption())));
      }
      for (Row r : t.header()) {
        csv.writeRecord(cells(r));
      }
      for (Row r : t.rows()) {
        csv.writeRecord(cells(r));
      }
    }
    csv.flush();
    writer.flush();
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row.cells()) {
      out.add(c.number().isPresent() ? c.text() : Labels.neutralize(c.text()));
      for (int i = 1; i < c.colspan(); i++) {
        out.add("");
      }
    }
    return out;
  }
}
