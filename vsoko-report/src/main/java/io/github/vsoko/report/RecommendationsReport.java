package io.github.vsoko.report;

import io.github.vsoko.model.management.Addressee;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RecommendationStatus;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Addressed recommendations (адресные рекомендации): addressee, measure, deadline, responsible,
 * status; given a date, open recommendations past their deadline are marked overdue.
 *
 * @since 0.1.0
 */
public final class RecommendationsReport {
  private RecommendationsReport() {}

  /**
   * The recommendations as a report.
   *
   * @param title the title («Адресные рекомендации по итогам ВПР-2024»)
   * @param recommendations the recommendations, in order
   * @param year the academic year deadlines fall in
   * @param on the date statuses are judged on, if any (also the report's date)
   * @param options language and date
   */
  public static Report build(String title, List<Recommendation> recommendations, AcademicYear year, Optional<LocalDate> on,
      ReportOptions options) {
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (Recommendation r : recommendations) {
      String status = l == Language.RU ? r.status().russianName() : r.status().name().toLowerCase(java.util.Locale.ROOT);
      boolean open = r.status() == RecommendationStatus.ISSUED || r.status() == RecommendationStatus.IN_PROGRESS;
      if (on.isPresent() && open && r.deadline().isOverdue(year, on.get())) {
        status += l.pick(", просрочено", ", overdue");
      }
      Optional<io.github.vsoko.model.plan.Execution> last = r.executions().stream().reduce((a, b) -> b);
      if (last.isPresent()) { // what was recorded says more than the status: the date and the document, or the new date
        status = ExecutionTexts.ofRecommendation(last.get(), l);
      }
      rows.add(Row.of(Integer.toString(++n), r.addressees().stream().map(Addressee::display).collect(Collectors.joining("\n")),
          r.action(), r.deadline().format(), PlanReport.responsible(r.responsible()), status));
    }
    Table table = new Table("recommendations", title, List.of(Row.of("№", l.pick("Адресат", "Addressee"),
        l.pick("Мероприятие (рекомендация)", "Measure"), l.pick("Срок", "Deadline"), l.pick("Ответственный", "Responsible"),
        l.pick("Статус", "Status"))), rows, List.of(5, 18, 37, 12, 16, 12));
    List<Row> controls = new ArrayList<>();
    n = 0;
    String none = l.pick("нет данных", "no data");
    for (Recommendation r : recommendations) {
      n++;
      if (r.control().isEmpty() && r.reason().isEmpty()) {
        continue;
      }
      Optional<io.github.vsoko.model.management.ControlIndicator> c = r.control();
      controls.add(Row.of(Integer.toString(n), r.reason().orElse(l.pick("не указан", "not given")),
          c.map(x -> MeasurementNames.of(x.indicator(), l)).orElse(l.pick("не задан", "none")),
          c.flatMap(io.github.vsoko.model.management.ControlIndicator::baseline).map(Numbers::text).orElse(none),
          c.flatMap(io.github.vsoko.model.management.ControlIndicator::target).map(Numbers::text).orElse(none)));
    }
    List<Block> blocks = new ArrayList<>(List.of(table));
    if (!controls.isEmpty()) {
      blocks.add(new Table("recommendation-controls", l.pick("Выявленные дефициты и контрольные показатели",
          "Findings and control indicators"), List.of(Row.of("№", l.pick("Выявленный дефицит", "Finding"),
          l.pick("Контрольный показатель", "Control indicator"), l.pick("Базовое значение", "Baseline"), l.pick("Цель", "Target"))),
          controls, List.of(5, 45, 25, 12, 12)));
    }
    return new Report("recommendations", title, Optional.of(year + l.pick(" учебный год", "")), Optional.empty(),
        blocks, options.date().orElse(on.orElse(year.start())), l);
  }
}
