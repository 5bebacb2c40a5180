package io.github.vsoko.report;

import io.github.vsoko.model.check.ModelCheckFinding;
import io.github.vsoko.model.check.ModelCheckReport;
import io.github.vsoko.model.framework.RegisteredIndicator;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model check of a plan of functioning (report kind {@code plan-check}, проверка плана по критериям модели ВСОКО):
 * every finding with its rule, row and message, then the rows linked to no registered indicator (their indicators
 * are words only, so no value is computed for them).
 *
 * @since 0.1.0
 */
public final class PlanCheckReport {
  private PlanCheckReport() {}

  /**
   * The report.
   *
   * @param plan the plan checked
   * @param check the findings of the model check
   * @param date the date printed
   * @param options language
   */
  public static Report build(VsokoPlan plan, ModelCheckReport check, LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    for (ModelCheckFinding f : check.findings()) {
      rows.add(Row.of(f.rule().title(), f.planRow().isPresent() ? String.valueOf(f.planRow().getAsInt()) : "—", f.location(),
          f.message()));
    }
    List<Block> blocks = new ArrayList<>();
    if (rows.isEmpty()) {
      blocks.add(Paragraph.text(l.pick("Замечаний по критериям модели ВСОКО нет.", "No findings against the criteria of a ВСОКО model.")));
    } else {
      blocks.add(new Table("plan-check", l.pick("Замечания", "Findings"), List.of(Row.of(l.pick("правило", "rule"),
          l.pick("строка", "row"), l.pick("где", "where"), l.pick("замечание", "finding"))), rows, List.of(3, 1, 4, 5)));
    }
    List<Row> unlinked = new ArrayList<>();
    for (int i = 0; i < plan.items().size(); i++) {
      PlanItem item = plan.items().get(i);
      if (item.indicators().stream().noneMatch(r -> r instanceof RegisteredIndicator)) {
        unlinked.add(Row.of(String.valueOf(i + 1), item.object().title(),
            item.indicators().isEmpty() ? l.pick("нет показателей", "no indicators")
                : String.join("; ", item.indicators().stream().map(r -> r.display()).toList())));
      }
    }
    blocks.add(new Table("plan-unlinked", l.pick("Строки без связи с показателями из реестра", "Rows linked to no registered indicator"),
        List.of(Row.of(l.pick("строка", "row"), l.pick("объект", "object"), l.pick("показатели (как записаны)", "indicators as written"))),
        unlinked, List.of(1, 5, 6)));
    String subtitle = check.passed()
        ? l.pick("замечаний нет; строк без связи с показателями: " + unlinked.size(),
            "no findings; rows linked to no indicator: " + unlinked.size())
        : l.pick("замечаний: " + check.findings().size() + "; строк без связи с показателями: " + unlinked.size(),
            "findings: " + check.findings().size() + "; rows linked to no indicator: " + unlinked.size());
    return TableReports.report("plan-check", plan.title(), Optional.of(subtitle), blocks, date, options);
  }
}
