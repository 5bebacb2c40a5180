package io.github.vsoko.report;

import io.github.vsoko.model.plan.ActionStatus;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.RoadMapAction;
import io.github.vsoko.model.plan.RoadMapSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A road map (дорожная карта) with its sections and the status of every action; given a date, an
 * action whose last deadline has passed and that is neither done nor cancelled is marked overdue.
 *
 * @since 0.1.0
 */
public final class RoadMapReport {
  private RoadMapReport() {}

  /**
   * The road map as a report.
   *
   * @param map the road map
   * @param on the date statuses are judged on, if any (also the report's date)
   * @param options language and date
   */
  public static Report build(RoadMap map, Optional<LocalDate> on, ReportOptions options) {
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    for (RoadMapSection section : map.sections()) {
      if (!section.title().isEmpty()) {
        rows.add(Row.section((section.number().isEmpty() ? "" : section.number() + ". ") + section.title(), 7));
      }
      for (RoadMapAction a : section.actions()) {
        rows.add(Row.of(a.number(), a.title(), a.deadline().format(), PlanReport.responsible(a.performers()),
            a.actionsTaken().orElse(l.pick("не указаны", "not given")), a.expectedResult().orElse(l.pick("не указан", "not given")),
            status(a, map, on, l)));
      }
    }
    Table table = new Table("roadmap", map.title(), List.of(Row.of(l.pick("№ п/п", "No."), l.pick("Мероприятие", "Action"),
        l.pick("Сроки исполнения", "Deadline"), l.pick("Ответственные", "Responsible"), l.pick("Действия по реализации",
            "Actions taken"), l.pick("Ожидаемый результат", "Expected result"), l.pick("Статус", "Status"))), rows,
        List.of(6, 28, 12, 14, 16, 14, 10));
    String years = map.from().equals(map.to()) ? map.from().toString() : map.from() + " – " + map.to();
    return new Report("roadmap", map.title(), Optional.of(map.owner().map(o -> o + ", ").orElse("") + years),
        Optional.empty(), List.of(table), options.date().orElse(on.orElse(map.from().start())), l);
  }

  /**
   * «выполнено 20.05.2025 (ранее: 18.05.2024)», «запланировано, просрочено», «выполнено 20.05.2025; срок пропущен в
   * 2024/2025»: the status with the dates it was carried out, and on a date what was missed — the last deadline of an
   * open action, and each year a recurring action was not carried out.
   */
  static String status(RoadMapAction a, RoadMap map, Optional<LocalDate> on, Language l) {
    String status = l == Language.RU ? a.status().russianName() : a.status().name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ');
    status += a.completedOn().map(d -> " " + Labels.date(d)).orElse("");
    if (!a.earlierCompletions().isEmpty()) {
      status += l.pick(" (ранее: ", " (earlier: ")
          + String.join(", ", a.earlierCompletions().stream().map(Labels::date).toList()) + ")";
    }
    if (on.isEmpty()) {
      return status;
    }
    Optional<java.time.LocalDate> last = map.years().stream().map(y -> a.deadline().deadline(y)).flatMap(Optional::stream)
        .max(LocalDate::compareTo);
    boolean overdue = a.status().isOpen() && last.map(d -> on.get().isAfter(d)).orElse(false);
    if (overdue) {
      status += l.pick(", просрочено", ", overdue");
    }
    List<io.github.vsoko.model.time.AcademicYear> missed = new ArrayList<>(a.missedYears(map.years(), on.get()));
    if (overdue) {
      missed.removeIf(y -> last.map(y::contains).orElse(false)); // told as «просрочено»
    }
    if (!missed.isEmpty()) {
      status += l.pick("; срок пропущен в ", "; deadline missed in ")
          + String.join(", ", missed.stream().map(y -> y.toString()).toList());
    }
    return status;
  }
}
