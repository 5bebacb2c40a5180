package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page saved as «.xls» (as «Сетевой город. Образование» downloads its reports) read with jsoup: each {@code
 * <table>} is a sheet («Таблица 1», …), the text before the first table is the sheet «Заголовок» (one row per line), and
 * cells spanning several columns or rows are repeated into each position they cover, so columns line up as in Excel.
 */
final class HtmlTableSource extends SheetsInMemory {
  /** The sheet of the lines above the first table. */
  static final String HEADER_SHEET = "Заголовок";


  private HtmlTableSource(String file, Document doc) {
    super(file);
    List<TableRow> header = new ArrayList<>();
    int line = 1;
    Element firstTable = doc.selectFirst("table");
    String before = firstTable == null ? doc.body().wholeText() : textBefore(doc, firstTable);
    for (String l : before.split("\\R")) {
      if (!l.isBlank()) {
        header.add(new TableRow(line, List.of(l.strip().replace('\u00A0', ' '))));
      }
      line++;
    }
    sheets.put(HEADER_SHEET, header);
    int n = 1;
    for (Element table : doc.select("table")) {
      if (table.selectFirst("table table") != null) {
        continue; // a layout table around the data tables: its inner tables are the sheets
      }
      sheets.put("Таблица " + n++, rows(table));
    }
  }

  private static String textBefore(Document doc, Element table) {
    StringBuilder s = new StringBuilder();
    for (Element e : doc.body().getAllElements()) {
      if (e == table) {
        break;
      }
      if (e.ownText().isBlank() || e.parents().is("table")) {
        continue;
      }
      s.append(e.ownText()).append('\n');
    }
    return s.toString();
  }

  private static List<TableRow> rows(Element table) {
    List<TableRow> out = new ArrayList<>();
    Map<Integer, Map<Integer, String>> spans = new HashMap<>(); // row → column → text carried down by rowspan
    int r = 0;
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      Map<Integer, String> carried = spans.getOrDefault(r, Map.of());
      int c = 0;
      for (Element td : tr.select("> td, > th")) {
        while (carried.containsKey(c)) {
          cells.add(carried.get(c++));
        }
        String text = td.text().replace('\u00A0', ' ').strip();
        int colspan = span(td.attr("colspan"));
        int rowspan = span(td.attr("rowspan"));
        for (int k = 0; k < colspan; k++) {
          cells.add(text);
          for (int down = 1; down < rowspan; down++) {
            spans.computeIfAbsent(r + down, x -> new HashMap<>()).put(c, text);
          }
          c++;
        }
      }
      while (carried.containsKey(c)) {
        cells.add(carried.get(c++));
      }
      out.add(new TableRow(r + 1, cells));
      r++;
    }
    return out;
  }

  private static int span(String attr) {
    try {
      return attr.isBlank() ? 1 : Math.max(1, Math.min(400, Integer.parseInt(attr.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static HtmlTableSource open(Path path, Optional<Charset> charset) {
    try {
      byte[] bytes;
      try (java.io.InputStream in = TextFiles.open(path, TextFiles.TEXT_LIMIT)) {
        bytes = in.readAllBytes();
      }
      TextEncoding.Detected d = TextEncoding.detect(bytes, charset);
      return new HtmlTableSource(path.toString(), Jsoup.parse(new String(bytes, d.bomLength(), bytes.length - d.bomLength(),
          d.charset())));
    } catch (ProblemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "страница HTML не читается (" + e.getMessage() + ")")));
    }
  }
}
