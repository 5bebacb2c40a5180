package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Any text survives every text format: HTML parses back to the same cell texts (nothing becomes
 * markup), CSV parses back to the same cells with formula-like text neutralised, JSON is valid and
 * holds the texts.
 */
class EscapingProperties {
  private static final ReportRenderers RENDERERS = ReportRenderers.discover();

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> hostile = Arbitraries.of("<script>alert(1)</script>", "=1+2", "+7 (999)", "-5", "@SUM(A1)", "a|b", "«кавычки»",
        "\"quoted\"", "x;y", "line\nbreak", "&amp;", "*bold* _it_ `code`", "# heading", "1. list", "]]>", "</td>", "\\",
        "tab\there", "\u001b[31mred\u001b[0m", "bell\u0007", "\u009b2J");
    Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '~').withCharRange('А', 'я').withChars('\n', '«', '»', '—')
        .ofMaxLength(20);
    return Arbitraries.oneOf(hostile, any).list().ofMinSize(1).ofMaxSize(6);
  }

  private static Report report(List<String> cells) {
    List<Row> rows = cells.stream().map(c -> Row.of(c, "x")).toList();
    return new Report("prop", "Проверка", Optional.empty(), Optional.empty(),
        List.of(new Table("t", "Таблица", List.of(Row.of("A", "B")), rows, List.of(1, 1))), LocalDate.of(2024, 1, 1), Language.RU);
  }

  private static String render(Report r, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RENDERERS.get(format).render(r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String normalizeSpace(String s) {
    return s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
  }

  @Property(tries = 150)
  void htmlCellsParseBackToTheirText(@ForAll("texts") List<String> cells) throws IOException {
    Document doc = Jsoup.parse(render(report(cells), "html"));
    assertThat(doc.select("script")).isEmpty();
    List<String> back = new ArrayList<>();
    for (Element tr : doc.select("tbody tr")) {
      back.add(tr.child(0).wholeText());
    }
    assertThat(back.stream().map(EscapingProperties::normalizeSpace).toList())
        .isEqualTo(cells.stream().map(EscapingProperties::normalizeSpace).toList());
  }

  @Property(tries = 150)
  void csvCellsParseBackNeutralised(@ForAll("texts") List<String> cells) throws IOException {
    String csv = render(report(cells), "csv");
    assertThat(csv).startsWith("\uFEFF");
    List<String> back = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').allowExtraFields(true).allowMissingFields(true).ofCsvRecord(csv.substring(1))) {
      for (CsvRecord r : reader) {
        back.add(r.getField(0));
      }
    }
    List<String> expected = new ArrayList<>(List.of("Таблица", "A"));
    for (String c : cells) {
      char first = c.isEmpty() ? ' ' : c.charAt(0);
      expected.add("=+-@\t\r".indexOf(first) >= 0 ? "'" + c : c);
    }
    assertThat(back).isEqualTo(expected);
  }

  @Property(tries = 100)
  void jsonHoldsEveryText(@ForAll("texts") List<String> cells) throws IOException {
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(render(report(cells), "json"));
    List<String> back = new ArrayList<>();
    tree.get("blocks").get(0).get("rows").forEach(r -> back.add(r.get("cells").get(0).get("text").asText()));
    assertThat(back).isEqualTo(cells);
  }

  @Property(tries = 150)
  void markdownTableRowsStayOneLineWithTheirColumns(@ForAll("texts") List<String> cells) throws IOException {
    String md = render(report(cells), "md");
    List<String> tableLines = md.lines().filter(l -> l.startsWith("|")).toList();
    assertThat(tableLines).hasSize(cells.size() + 2);
    for (String line : tableLines) {
      assertThat(line.replace("\\|", "").chars().filter(ch -> ch == '|').count()).as(line).isEqualTo(3);
    }
  }

  @Property(tries = 150)
  void tsvKeepsOneLinePerRowAndTwoColumnsWithFormulasNeutralised(@ForAll("texts") List<String> cells) throws IOException {
    List<String> lines = render(report(cells), "tsv").lines().toList();
    assertThat(lines).hasSize(cells.size() + 1);
    for (int i = 0; i < cells.size(); i++) {
      String[] parts = lines.get(i + 1).split("\t", -1);
      assertThat(parts).as(lines.get(i + 1)).hasSize(2);
      String c = cells.get(i).replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
      char first = c.isEmpty() ? ' ' : c.charAt(0);
      assertThat(parts[0]).isEqualTo("=+-@".indexOf(first) >= 0 ? "'" + c : c);
    }
  }

  @Property(tries = 150)
  void textPrintsNoControlCharacterAndEveryRow(@ForAll("texts") List<String> cells) throws IOException {
    String text = render(report(cells), "text");
    assertThat(text.chars().filter(ch -> ch != '\n' && (Character.getType(ch) == Character.CONTROL || ch == 0x9B))).isEmpty();
    assertThat(text.lines().filter(l -> l.endsWith("x")).count()).isGreaterThanOrEqualTo(cells.size());
  }
}
