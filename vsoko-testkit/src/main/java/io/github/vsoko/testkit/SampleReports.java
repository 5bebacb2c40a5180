package io.github.vsoko.testkit;

import io.github.vsoko.report.Approval;
import io.github.vsoko.report.Block;
import io.github.vsoko.report.Cell;
import io.github.vsoko.report.CellKind;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.ChartKind;
import io.github.vsoko.report.ChartSeries;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.Link;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.RowKind;
import io.github.vsoko.report.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports a renderer must handle (образцы отчётов): one with every block, paragraph, row, cell and chart kind, each
 * carrying a marker text that must come out, and one whose texts are hostile — markup, formulas, control characters.
 *
 * @since 0.1.0
 */
public final class SampleReports {
  /** Texts a renderer must escape or neutralise. */
  public static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
      "=HYPERLINK(\"http://example.com\";\"x\")", "+SUM(1;2)", "-2+3", "@SUM(A1)", "\"кавычки\" «ёлочки» & амперсанд",
      "строка\nперенос", "таб\tуляция", "управляющий\u0007символ", "| a | b |", "*жирный* _курсив_ `код`", "]]>");

  private SampleReports() {}

  /** The marker texts of {@link #everyBlockKind()}, one per block or part; each must appear in a text rendering. */
  public static List<String> markers() {
    return List.of("Заголовок-первого-уровня", "Заголовок-второго-уровня", "Абзац-текст", "Абзац-пробел", "Абзац-примечание",
        "Таблица-название", "Шапка-столбец", "Раздел-строка", "Ячейка-текст", "Ячейка-итог", "Диаграмма-столбцы",
        "Диаграмма-линии", "Категория-первая", "Ряд-первый", "Пункт-списка", "Пункт-важный", "Ссылка-подпись",
        "Утверждаю-строка");
  }

  /** A report with every kind of block and of its parts, each with a marker text from {@link #markers()}. */
  public static Report everyBlockKind() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, "Заголовок-первого-уровня"));
    blocks.add(Paragraph.text("Абзац-текст: обычный абзац отчёта."));
    blocks.add(new Heading(2, "Заголовок-второго-уровня"));
    blocks.add(Paragraph.gap("Абзац-пробел: нет данных за период."));
    blocks.add(Paragraph.note("Абзац-примечание: источник — ФИС ОКО."));
    List<Row> rows = List.of(
        Row.section("Раздел-строка", 4),
        new Row(List.of(Cell.text("Ячейка-текст"), Cell.number("697", BigDecimal.valueOf(697), CellKind.INTEGER),
            Cell.number("3,96", new BigDecimal("3.96"), CellKind.DECIMAL), Cell.share("228 человек / 33 %", 228,
                new BigDecimal("32.7116"))), RowKind.NORMAL, 1),
        new Row(List.of(Cell.text("Ячейка-итог"), Cell.number("700", BigDecimal.valueOf(700), CellKind.INTEGER),
            Cell.text("нет данных"), Cell.number("45 %", new BigDecimal("45"), CellKind.PERCENT)), RowKind.TOTAL, 0));
    blocks.add(new Table("sample-table", "Таблица-название", List.of(Row.of("Шапка-столбец", "Число", "Десятичное", "Доля")),
        rows, List.of(4, 2, 2, 3)));
    blocks.add(new Chart("sample-bar", "Диаграмма-столбцы", ChartKind.BAR, List.of("Категория-первая", "Категория-вторая"),
        List.of(new ChartSeries("Ряд-первый", List.of(new BigDecimal("45.5"), new BigDecimal("60")))), "%"));
    blocks.add(new Chart("sample-line", "Диаграмма-линии", ChartKind.LINE, List.of("2023", "2024", "2025"),
        List.of(new ChartSeries("Ряд-второй", List.of(new BigDecimal("3.9"), new BigDecimal("4.1"), new BigDecimal("4.0")))),
        "балл"));
    blocks.add(new ListBlock(List.of(ListItem.text("Пункт-списка"), ListItem.warning("Пункт-важный"),
        ListItem.linked("Пункт со ссылкой", List.of(new Link("Ссылка-подпись", "plan.html"))))));
    return new Report("sample", "Образец отчёта со всеми видами блоков", Optional.of("МБОУ СОШ № 7, 2024 год"),
        Optional.of(new Approval(List.of("УТВЕРЖДАЮ", "Утверждаю-строка"))), blocks, LocalDate.of(2025, 4, 1), Language.RU);
  }

  /** A report whose heading, paragraph, table cells and list items are the {@link #HOSTILE} texts. */
  public static Report hostile() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, HOSTILE.get(0)));
    blocks.add(Paragraph.text(HOSTILE.get(1)));
    List<Row> rows = HOSTILE.stream().map(text -> Row.of(text, text)).toList();
    blocks.add(new Table("hostile", HOSTILE.get(2), List.of(Row.of("A", "B")), rows, List.of(1, 1)));
    blocks.add(ListBlock.of(HOSTILE));
    return new Report("hostile", "Проверка экранирования", Optional.empty(), Optional.empty(), blocks, LocalDate.of(2025, 4, 1),
        Language.RU);
  }
}
