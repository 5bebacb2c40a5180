package io.github.vsoko.report;

import io.github.vsoko.model.framework.DocumentFormat;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.RussianMonths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What of a plan of functioning is due on a date (report kind {@code plan-status}): the rows due in the date's month,
 * the rows with a deadline missed and, with a road map, its overdue actions — status, deadline, object, criteria,
 * responsible, document; then every deadline of every row judged on the date (исполнение по срокам) with its
 * records: done on time, as moved or late, moved, not done, overdue, not yet due.
 *
 * @since 0.1.0
 */
public final class PlanStatusReport {
  private PlanStatusReport() {}

  /**
   * The report of what a plan's status is on a date.
   *
   * @param plan the plan
   * @param due its rows due in the date's month
   * @param overdue its rows whose deadline has passed, not among {@code due}
   * @param overdueActions road-map actions overdue and not done
   * @param on the date
   * @param options language
   */
  public static Report build(VsokoPlan plan, List<PlanItem> due, List<PlanItem> overdue, List<RoadMapAction> overdueActions,
      LocalDate on, ReportOptions options) {
    Language l = options.language();
    YearMonth month = YearMonth.from(on);
    List<Row> rows = new ArrayList<>();
    String inTime = l.pick("в сроке: " + RussianMonths.nominative(month.getMonth()) + " " + month.getYear(),
        "due: " + month);
    due.forEach(i -> rows.add(row(inTime, i)));
    overdue.forEach(i -> rows.add(row(l.pick("срок прошёл", "overdue"), i)));
    for (RoadMapAction a : overdueActions) {
      rows.add(Row.of(l.pick("дорожная карта: просрочено", "road map: overdue"), a.deadline().format(),
          a.number() + " " + a.title(), "", responsible(a.performers()), ""));
    }
    Table table = new Table("plan-status", "", List.of(Row.of(l.pick("статус", "status"), l.pick("срок", "deadline"),
        l.pick("объект", "object"), l.pick("критерии", "criteria"), l.pick("ответственные", "responsible"),
        l.pick("документ", "document"))), rows, List.of(2, 2, 4, 4, 3, 3));
    int late = overdue.size() + overdueActions.size();
    PlanExecutionTable execution = PlanExecutionTable.of(plan, on, l);
    String subtitle = l.pick("на " + Labels.date(on) + ": в сроке " + due.size() + ", просрочено " + late,
        "on " + Labels.date(on) + ": due " + due.size() + ", overdue " + late) + "; " + execution.summary(l);
    return TableReports.report("plan-status", plan.title(), Optional.of(subtitle), List.of(table, execution.table()), on, options);
  }

  private static Row row(String status, PlanItem i) {
    return Row.of(status, i.schedule().format(), i.object().title(),
        i.criteria().stream().map(c -> c.text()).collect(Collectors.joining("; ")), responsible(i.responsible()),
        i.documents().stream().map(DocumentFormat::title).collect(Collectors.joining("; ")));
  }

  private static String responsible(List<Responsible> parties) {
    return parties.stream().map(Responsible::display).collect(Collectors.joining(", "));
  }
}
