package io.github.vsoko.report;

import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.RussianMonths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Deadlines as plans write them, read (сроки): per text its canonical form, the due dates in the academic year, the
 * months the work falls in and, on a date, whether it is overdue (report kind {@code schedule}).
 *
 * @since 0.1.0
 */
public final class ScheduleReport {
  private ScheduleReport() {}

  /**
   * The report.
   *
   * @param schedules each text as written and what it was read as, in order
   * @param year the academic year the dates fall in
   * @param on the date to judge overdue on, if any
   * @param options language
   */
  public static Report build(List<Map.Entry<String, Schedule>> schedules, AcademicYear year, Optional<LocalDate> on,
      ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Schedule> e : schedules) {
      Schedule schedule = e.getValue();
      List<Row> rows = new ArrayList<>();
      rows.add(Row.of(l.pick("Запись", "Written as"), schedule.isSpecified() ? schedule.format() : l.pick("(не указан)", "(none)")));
      rows.add(Row.of(l.pick("Учебный год", "Academic year"), year.toString()));
      List<LocalDate> due = schedule.dueDates(year);
      rows.add(Row.of(l.pick("Даты исполнения", "Due dates"), due.isEmpty()
          ? l.pick("нет (срок не привязан к дате)", "none (not tied to a date)")
          : due.stream().map(Labels::date).collect(Collectors.joining(", "))));
      List<String> months = year.months().stream().filter(schedule::isDueIn).map(YearMonth::getMonth)
          .map(RussianMonths::nominative).toList();
      rows.add(Row.of(l.pick("Месяцы", "Months"), months.isEmpty() ? l.pick("нет", "none") : String.join(", ", months)));
      on.ifPresent(d -> rows.add(Row.of(l.pick("Просрочено на ", "Overdue on ") + Labels.date(d),
          schedule.isOverdue(year, d) ? l.pick("да", "yes") : l.pick("нет", "no"))));
      blocks.add(new Table("schedule-" + (++n), l.pick("Срок: «", "Deadline: «") + e.getKey() + "»",
          List.of(Row.of(l.pick("что", "what"), l.pick("значение", "value"))), rows, List.of(1, 3)));
    }
    return new Report("schedule", l.pick("Сроки", "Deadlines"), Optional.empty(), Optional.empty(), blocks,
        on.orElse(year.start()), l);
  }
}
