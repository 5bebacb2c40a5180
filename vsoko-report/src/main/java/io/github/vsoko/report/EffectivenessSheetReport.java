package io.github.vsoko.report;

import io.github.vsoko.analytics.effectiveness.CriterionScore;
import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.analytics.effectiveness.SheetSection;
import io.github.vsoko.indicators.RussianFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The effectiveness evaluation sheet (оценочный лист эффективности функционирования ВСОКО) of one school — criteria by
 * section with score, maximum, source of the score and evidence, the totals and the level — and the comparison of a
 * municipality's schools (sections × schools).
 *
 * @since 0.1.0
 */
public final class EffectivenessSheetReport {
  private EffectivenessSheetReport() {}

  /** One school's sheet. */
  public static Report build(SheetResult r, LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    for (SheetSection s : r.sheet().sections()) {
      rows.add(Row.section(s.code() + ". " + s.title(), 6));
      for (CriterionScore c : r.scores()) {
        if (c.criterion().section().equals(s.code())) {
          rows.add(Row.of(List.of(Cell.text(c.criterion().id()), Cell.text(c.criterion().title()), Numbers.integer(c.weighted()),
              Numbers.integer(c.weightedMax()), Cell.text(l.pick(c.source().title(), c.source().name().toLowerCase(java.util.Locale.ROOT))),
              Cell.text(c.evidence().isEmpty() ? "—" : c.evidence()))));
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.text(r.organizationName() + l.pick(", " + r.year() + " учебный год.", ", academic year " + r.year() + ".")));
    blocks.add(new Table("sheet", l.pick("Критерии", "Criteria"), List.of(Row.of("№", l.pick("Критерий", "Criterion"),
        l.pick("Балл", "Score"), l.pick("Макс.", "Max"), l.pick("Оценка", "Scored by"), l.pick("Основание", "Evidence"))), rows,
        List.of(6, 34, 7, 7, 12, 34)));
    List<Row> totals = new ArrayList<>();
    for (SheetResult.SectionTotal t : r.sections()) {
      totals.add(Row.of(List.of(Cell.text(t.section().code() + ". " + t.section().title()), Numbers.integer(t.total()),
          Numbers.integer(t.max()), Numbers.percentCell(t.total(), t.max()))));
    }
    totals.add(Row.of(List.of(Cell.text(l.pick("Итого", "Total")), Numbers.integer(r.total()), Numbers.integer(r.max()),
        Numbers.percent(r.percent()))));
    blocks.add(new Table("totals", l.pick("Итоги по разделам", "Totals by section"), List.of(Row.of(l.pick("Раздел", "Section"),
        l.pick("Балл", "Score"), l.pick("Макс.", "Max"), "%")), totals, List.of(55, 15, 15, 15)));
    blocks.add(Paragraph.text(l.pick("Уровень эффективности: " + r.level().name() + " (" + Numbers.text(r.percent())
        + " % от максимума). " + r.level().conclusion() + ".", "Level: " + r.level().name() + " (" + Numbers.text(r.percent())
        + " % of the maximum).")));
    if (!r.unanswered().isEmpty()) {
      blocks.add(Paragraph.gap(l.pick("Без ответа (учтены как 0): ", "Unanswered (counted as 0): ")
          + String.join(", ", r.unanswered().stream().map(c -> c.criterion().id()).toList())));
    }
    // the sheet is signed by both sides, as the municipal forms are
    blocks.add(new Heading(2, l.pick("Подписи", "Signatures")));
    blocks.add(Paragraph.text(l.pick("Эксперт (специалист органа, осуществляющего управление в сфере образования): "
        + "____________ /____________________/", "Expert: ____________ /____________________/")));
    blocks.add(Paragraph.text(l.pick("Руководитель образовательной организации: ____________ /", "Head of the school: "
        + "____________ /") + options.approval().headName().orElse("____________________") + "/"));
    blocks.add(Paragraph.text(l.pick("Дата заполнения: ", "Date: ") + RussianFormat.date(date)));
    return new Report("effectiveness-sheet", r.sheet().title(), Optional.of(r.organizationName()), Optional.empty(), blocks, date, l);
  }

  /** The schools' sheets side by side: the percentage by section and in total, and the level; schools in the order given. */
  public static Report compare(List<SheetResult> results, LocalDate date, ReportOptions options) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no sheets to compare");
    }
    Language l = options.language();
    List<SheetSection> sections = results.get(0).sheet().sections();
    List<Row> rows = new ArrayList<>();
    for (SheetResult r : results) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(r.organizationName()));
      for (SheetResult.SectionTotal t : r.sections()) {
        cells.add(Numbers.percentCell(t.total(), t.max()));
      }
      cells.add(Numbers.percent(r.percent()));
      cells.add(Cell.text(r.level().name()));
      cells.add(Numbers.integer(r.unanswered().size()));
      rows.add(Row.of(cells));
    }
    List<String> head = new ArrayList<>();
    head.add(l.pick("Организация", "Organization"));
    sections.forEach(s -> head.add(s.code() + ". " + s.title() + ", %"));
    head.add(l.pick("Итого, %", "Total, %"));
    head.add(l.pick("Уровень", "Level"));
    head.add(l.pick("Без ответа", "Unanswered"));
    List<Integer> widths = new ArrayList<>();
    widths.add(22);
    sections.forEach(s -> widths.add(Math.max(6, 54 / sections.size())));
    widths.addAll(List.of(8, 10, 6));
    Table table = new Table("comparison", l.pick("Сравнение оценочных листов", "Sheets compared"), List.of(Row.of(head.toArray(String[]::new))),
        rows, widths);
    return new Report("effectiveness-comparison", results.get(0).sheet().title(), Optional.of(l.pick("Сравнение организаций",
        "Organizations compared")), Optional.empty(), List.of(table), date, l);
  }

  /**
   * The short summary a console shows (report kind {@code effectiveness-summary}): per school the total, the maximum,
   * the percentage, the level and the criteria left without an answer.
   */
  public static Report summary(List<SheetResult> results, LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    for (SheetResult r : results) {
      blocks.add(Paragraph.text(l.pick(r.organizationName() + ": " + r.total() + " из " + r.max() + " ("
          + Numbers.text(r.percent()) + " %), уровень «" + r.level().name() + "»; без ответа: " + r.unanswered().size(),
          r.organizationName() + ": " + r.total() + " of " + r.max() + " (" + Numbers.text(r.percent()) + " %), level «"
          + r.level().name() + "»; unanswered: " + r.unanswered().size())));
      if (!r.unanswered().isEmpty()) {
        blocks.add(ListBlock.of(r.unanswered().stream()
            .map(c -> c.criterion().id() + " " + c.criterion().title() + " — " + c.evidence()).toList()));
      }
    }
    return TableReports.report("effectiveness-summary", l.pick("Оценочный лист ВСОКО: итоги", "Effectiveness sheet: totals"),
        Optional.empty(), blocks, date, options);
  }
}
