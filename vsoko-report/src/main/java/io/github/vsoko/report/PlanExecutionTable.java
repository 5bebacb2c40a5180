package io.github.vsoko.report;

import io.github.vsoko.model.plan.DeadlineStatus;
import io.github.vsoko.model.plan.DeadlineVerdict;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every deadline of every row of a plan judged on a date (исполнение плана по срокам), with the records behind each,
 * and the counts: deadlines, done, missed. A row whose deadline vsoko could not read is listed as «срок не распознан».
 *
 * @param table the table
 * @param deadlines deadlines of the year
 * @param done deadlines done (on time, as moved or late)
 * @param missed deadlines overdue or recorded as not done
 */
record PlanExecutionTable(Table table, int deadlines, int done, int missed) {
  static PlanExecutionTable of(VsokoPlan plan, LocalDate on, Language l) {
    List<Row> rows = new ArrayList<>();
    int deadlines = 0;
    int done = 0;
    int missed = 0;
    for (int n = 0; n < plan.items().size(); n++) {
      PlanItem item = plan.items().get(n);
      for (DeadlineStatus d : item.statusOn(plan.year(), on)) {
        deadlines++;
        done += d.verdict() == DeadlineVerdict.DONE || d.verdict() == DeadlineVerdict.DONE_AS_MOVED
            || d.verdict() == DeadlineVerdict.DONE_LATE ? 1 : 0;
        missed += d.verdict() == DeadlineVerdict.OVERDUE || d.verdict() == DeadlineVerdict.NOT_DONE ? 1 : 0;
        rows.add(Row.of(String.valueOf(n + 1), item.object().title(), item.schedule().format(), Labels.date(d.due()),
            l.pick(d.verdict().russianName(), d.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')), records(d, l)));
      }
      if (!item.schedule().isRecognised()) {
        rows.add(Row.of(String.valueOf(n + 1), item.object().title(), item.schedule().format(), l.pick("нет данных", "no data"),
            l.pick("срок не распознан", "deadline not recognised"), ""));
      }
    }
    Table table = new Table("plan-execution", l.pick("Исполнение по срокам на ", "Execution by deadline on ") + Labels.date(on),
        List.of(Row.of(l.pick("строка", "row"), l.pick("объект", "object"), l.pick("срок по плану", "schedule"),
            l.pick("контрольная дата", "deadline"), l.pick("исполнение", "verdict"), l.pick("отметка", "record"))),
        rows, List.of(1, 4, 3, 2, 3, 5));
    return new PlanExecutionTable(table, deadlines, done, missed);
  }

  private static String records(DeadlineStatus d, Language l) {
    return d.records().stream().map(r -> ExecutionTexts.ofDeadline(r, l)).collect(Collectors.joining("; "));
  }

  /** «сроков по плану 12, выполнено 8, пропущено 1». */
  String summary(Language l) {
    return l.pick("сроков по плану " + deadlines + ", выполнено " + done + ", пропущено " + missed,
        "deadlines " + deadlines + ", done " + done + ", missed " + missed);
  }
}
