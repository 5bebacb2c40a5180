package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console formats (text, tsv), lists with links, and machine-readable data in JSON. */
@DisplayName("Console formats, lists and report data")
class ConsoleFormatsTest {
  private static final ReportRenderers RENDERERS = ReportRenderers.discover();

  private static String render(Report r, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RENDERERS.get(format).render(r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Report report(List<Block> blocks) {
    return new Report("test", "Заголовок", Optional.of("Подзаголовок"), Optional.empty(), blocks, LocalDate.of(2024, 12, 31),
        Language.RU);
  }

  private static Table table() {
    return new Table("t", "Таблица", List.of(Row.of("группа", "число")),
        List.of(Row.of(List.of(Cell.text("=HYPERLINK(\"x\")"), Cell.number("7", BigDecimal.valueOf(7), CellKind.INTEGER))),
            Row.of(List.of(Cell.text("класс\u001b[31mкрасный\tтаб"), Cell.number("12,5", new BigDecimal("12.5"), CellKind.DECIMAL)))),
        List.of(2, 1));
  }

  @Test
  @DisplayName("tsv: the last header row and the rows, tabs in text replaced, formulas neutralised, numbers as printed")
  void tsv() throws IOException {
    assertThat(render(report(List.of(Paragraph.text("не в tsv"), table())), "tsv")).isEqualTo(
        "группа\tчисло\n'=HYPERLINK(\"x\")\t7\nкласс\u001b[31mкрасный таб\t12,5\n");
  }

  @Test
  @DisplayName("text: aligned columns, numbers right-aligned, no control character reaches the terminal")
  void text() throws IOException {
    String text = render(report(List.of(new Heading(1, "Раздел"), table(), ListBlock.of(List.of("пункт")))), "text");
    assertThat(text).doesNotContain("\u001b").contains("класс�[31mкрасный таб")
        .contains("Заголовок\nПодзаголовок\n\nРаздел\n\nТаблица\n").contains("  • пункт\n");
    List<String> lines = text.lines().toList();
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("группа")).findFirst().orElseThrow());
    assertThat(lines.get(header + 1)).endsWith("    7");
    assertThat(lines.get(header + 2)).endsWith("12,5");
    assertThat(lines.get(header + 1).length()).isEqualTo(lines.get(header + 2).length());
  }

  @Test
  @DisplayName("lists: links in HTML and Markdown, warnings stand out")
  void lists() throws IOException {
    Report r = report(List.of(new ListBlock(List.of(
        ListItem.linked("Отчёт:", List.of(new Link("HTML", "self-assessment.html"), new Link("PDF", "self-assessment.pdf"))),
        ListItem.warning("Внимание <b>")))));
    assertThat(render(r, "html")).contains("<a href=\"self-assessment.html\">HTML</a> · <a href=\"self-assessment.pdf\">PDF</a>")
        .contains("<li class=\"warn\">Внимание &lt;b&gt;</li>");
    assertThat(render(r, "md")).contains("- Отчёт: [HTML](<self-assessment.html>) · [PDF](<self-assessment.pdf>)");
    assertThat(render(r, "json")).contains("\"type\" : \"list\"", "\"target\" : \"self-assessment.pdf\"", "\"emphasis\" : true");
    assertThatThrownBy(() -> new Link("x", "../etc/passwd")).hasMessageContaining("file name in the same folder");
    assertThatThrownBy(() -> new Link("x", "https://example.org")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a report that carries data is written in JSON as that data, numbers as numbers, nulls as null")
  void data() throws IOException {
    Report r = report(List.of(table())).withData(ReportData.object().put("n", 3).put("share", new BigDecimal("45.20"))
        .put("missing", (BigDecimal) null).put("list", ReportData.array(List.of(ReportData.of("а"), ReportData.of(true))))
        .build());
    assertThat(render(r, "json")).isEqualTo("{\n  \"n\" : 3,\n  \"share\" : 45.20,\n  \"missing\" : null,\n"
        + "  \"list\" : [ \"а\", true ]\n}\n");
    assertThat(render(r, "tsv")).startsWith("группа\tчисло\n");
    assertThatThrownBy(() -> ReportData.object().put("a", 1).put("a", 2)).hasMessageContaining("«a» given twice");
  }
}
