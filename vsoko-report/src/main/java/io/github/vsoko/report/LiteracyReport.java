package io.github.vsoko.report;

import io.github.vsoko.analytics.literacy.LiteracyGroup;
import io.github.vsoko.model.school.LiteracyLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Функциональная грамотность: shares of students by level and direction per group (report kind {@code literacy}),
 * with the machine-readable data: an array of one object per direction and group (docs/literacy.md).
 *
 * @since 0.1.0
 */
public final class LiteracyReport {
  private LiteracyReport() {}

  /** The report; an empty list gives a report that says there are no results for the period. */
  public static Report build(String organization, String periodLabel, List<LiteracyGroup> groups, LocalDate date,
      ReportOptions options) {
    Language lang = options.language();
    List<String> head = new ArrayList<>(List.of(lang.pick("направление", "direction"), lang.pick("группа", "group"),
        lang.pick("с уровнем", "with a level")));
    for (LiteracyLevel l : LiteracyLevel.values()) {
      String name = lang.pick(l.title(), l.name().toLowerCase(Locale.ROOT));
      head.add(name);
      head.add(name + ", %");
    }
    head.addAll(List.of(lang.pick("не ниже среднего, %", "medium or above, %"), lang.pick("без уровня", "without a level")));
    List<Row> rows = new ArrayList<>();
    List<ReportData> data = new ArrayList<>();
    for (LiteracyGroup g : groups) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(g.direction().title()), Cell.text(g.group()),
          Numbers.integer(g.withLevel())));
      ReportData.ObjectBuilder levels = ReportData.object();
      for (LiteracyLevel l : LiteracyLevel.values()) {
        cells.add(Numbers.integer(g.count(l)));
        cells.add(Numbers.percent(g.share(l)));
        levels.put(l.name(), g.count(l));
      }
      cells.add(Numbers.percent(g.atLeastMediumShare()));
      cells.add(Numbers.integer(g.withoutLevel()));
      rows.add(Row.of(cells));
      data.add(ReportData.object().put("direction", g.direction().name()).put("group", g.group()).put("withLevel", g.withLevel())
          .put("levels", levels.build()).put("atLeastMediumPercent", g.atLeastMediumShare().orElse(null))
          .put("withoutLevel", g.withoutLevel()).build());
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(TableReports.table("literacy", "", head, rows));
    if (groups.isEmpty()) {
      blocks.add(Paragraph.note(lang.pick("Нет результатов диагностик функциональной грамотности за период ",
          "No functional literacy results for ") + periodLabel));
    }
    return TableReports.report("literacy", lang.pick("Функциональная грамотность", "Functional literacy"),
        Optional.of(organization + ", " + periodLabel), blocks, date, options).withData(ReportData.array(data));
  }
}
