package io.github.vsoko.report;

import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.plan.Cyclogram;
import io.github.vsoko.model.plan.CyclogramRow;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cyclogram (циклограмма ВСОКО): the plan as a month × item grid for its academic year, September
 * to August, with who answers for each item; given a date, also what is due that month and what is
 * overdue.
 *
 * @since 0.1.0
 */
public final class CyclogramReport {
  private CyclogramReport() {}

  // fixed names, not the JDK's locale data, so output does not change with the JDK
  private static final String[] SHORT_RU = {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
  private static final String[] SHORT_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final String[] FULL_RU = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
      "октябрь", "ноябрь", "декабрь"};
  private static final String[] FULL_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** The mark of a month in which an item is due. */
  public static final String DUE = "●";

  /**
   * The cyclogram as a report.
   *
   * @param plan the plan of functioning
   * @param on the date of the «due this month / overdue» view, if wanted (also the report's date)
   * @param options language and date
   */
  public static Report build(VsokoPlan plan, Optional<LocalDate> on, ReportOptions options) {
    Language l = options.language();
    Cyclogram cyclogram = Cyclogram.of(plan);
    List<String> head = new ArrayList<>(List.of("№", l.pick("Объект оценки / критерии", "Object / criteria"),
        l.pick("Ответственный", "Responsible")));
    for (YearMonth m : cyclogram.months()) {
      head.add(l.pick(SHORT_RU, SHORT_EN)[m.getMonthValue() - 1]);
    }
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (QualityArea area : QualityArea.values()) {
      List<CyclogramRow> at = cyclogram.rows().stream().filter(r -> r.item().area() == area).toList();
      if (at.isEmpty()) {
        continue;
      }
      rows.add(Row.section(area.title(), head.size()));
      for (CyclogramRow r : at) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(Integer.toString(++number)));
        cells.add(Cell.text(title(r.item())));
        cells.add(Cell.text(PlanReport.responsible(r.item().responsible())));
        r.dueInMonth().forEach(due -> cells.add(Cell.text(due ? DUE : "")));
        rows.add(Row.of(cells));
      }
    }
    List<Integer> widths = new ArrayList<>(List.of(4, 34, 14));
    cyclogram.months().forEach(m -> widths.add(4));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("cyclogram", l.pick("Циклограмма ВСОКО на ", "ВСОКО cyclogram for ") + plan.year()
        + l.pick(" учебный год", "") + " (" + DUE + l.pick(" — срок исполнения в месяце)", " — due in the month)"),
        List.of(Row.of(head.toArray(String[]::new))), rows, widths));
    if (on.isPresent()) {
      LocalDate date = on.get();
      blocks.add(new Heading(1, l.pick("Исполнение на ", "Status on ") + Labels.date(date)));
      blocks.add(items("due", l.pick("Срок в текущем месяце", "Due this month") + " (" + l.pick(FULL_RU, FULL_EN)[date.getMonthValue() - 1]
          + ")", cyclogram.dueThisMonth(date), plan, l));
      blocks.add(items("overdue", l.pick("Срок истёк", "Overdue"), cyclogram.overdueOn(date), plan, l));
    }
    return new Report("cyclogram", l.pick("Циклограмма ВСОКО", "ВСОКО cyclogram") + " — " + plan.title(),
        Optional.of(plan.year() + l.pick(" учебный год", "")), Optional.empty(), blocks,
        options.date().orElse(on.orElse(plan.year().start())), l);
  }

  private static String title(PlanItem item) {
    String criteria = PlanReport.lines(item.criteria().stream().map(c -> c.text()).toList());
    return criteria.isEmpty() ? item.object().title() : item.object().title() + "\n" + criteria;
  }

  private static Table items(String id, String caption, List<PlanItem> items, VsokoPlan plan, Language l) {
    List<Row> rows = new ArrayList<>();
    for (PlanItem i : items) {
      rows.add(Row.of(title(i), PlanReport.responsible(i.responsible()), i.schedule().format(),
          i.schedule().deadline(plan.year()).map(Labels::date).orElse("—")));
    }
    if (rows.isEmpty()) {
      rows.add(Row.of(List.of(Cell.text(l.pick("нет", "none")).spanning(4))));
    }
    return new Table(id, caption, List.of(Row.of(l.pick("Объект оценки / критерии", "Object / criteria"),
        l.pick("Ответственный", "Responsible"), l.pick("Сроки", "Deadline"), l.pick("Крайний срок", "Last date"))),
        rows, List.of(50, 20, 18, 12));
  }
}
