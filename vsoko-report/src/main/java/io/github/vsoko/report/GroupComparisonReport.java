package io.github.vsoko.report;

import io.github.vsoko.analytics.management.GroupComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Schools compared within comparable groups (сравнение в сопоставимых группах), one table per measurement: group,
 * school, value, the group's mean, the difference, the rank and the group's size (report kind {@code comparison}).
 *
 * @since 0.1.0
 */
public final class GroupComparisonReport {
  private GroupComparisonReport() {}

  /**
   * The report.
   *
   * @param byMetric the rows per measurement id, in order; an empty list says no school has a value
   * @param names school names by organization id
   */
  public static Report build(Map<String, List<GroupComparison>> byMetric, Map<String, String> names, LocalDate date,
      ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    int n = 0;
    for (var e : byMetric.entrySet()) {
      n++;
      String caption = l.pick("Сравнение в сопоставимых группах: ", "Comparison within comparable groups: ") + e.getKey();
      if (e.getValue().isEmpty()) {
        blocks.add(Paragraph.text(caption + l.pick(" — нет значений ни у одной школы", " — no school has a value")));
        continue;
      }
      List<Row> rows = new ArrayList<>();
      for (GroupComparison c : e.getValue()) {
        rows.add(Row.of(List.of(Cell.text(c.group()), Cell.text(names.getOrDefault(c.organizationId(), c.organizationId())),
            Numbers.decimal(c.value()), Numbers.decimal(c.groupMean()), Numbers.decimal(c.difference()), Numbers.integer(c.rank()),
            Numbers.integer(c.groupSize()))));
      }
      blocks.add(TableReports.table("comparison-" + n, caption, List.of(l.pick("группа", "group"), l.pick("школа", "school"),
          l.pick("значение", "value"), l.pick("среднее группы", "group mean"), l.pick("отклонение", "difference"),
          l.pick("место", "rank"), l.pick("школ в группе", "schools in the group")), rows));
    }
    return TableReports.report("comparison", l.pick("Сравнение школ в сопоставимых группах", "Schools in comparable groups"),
        Optional.empty(), blocks, date, options);
  }
}
