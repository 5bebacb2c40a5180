package io.github.vsoko.report;

import io.github.vsoko.analytics.management.RecommendationFollowUp;
import io.github.vsoko.model.management.ControlIndicator;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.Verdict;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The follow-up of addressed recommendations (report kind {@code follow-up}, контроль исполнения рекомендаций): per
 * recommendation the school, the measure and its deadline, what was recorded (done, moved, not done), whether by the
 * deadline, and the control indicator — baseline, target, value now, moved the desired way, target reached. A value
 * this year's data do not give is «нет данных».
 *
 * @since 0.1.0
 */
public final class FollowUpReport {
  private FollowUpReport() {}

  /**
   * The report.
   *
   * @param followUps the recommendations checked
   * @param year the academic year they were to be carried out in
   * @param on the day of the check
   * @param options language
   */
  public static Report build(List<RecommendationFollowUp> followUps, AcademicYear year, LocalDate on, ReportOptions options) {
    Language l = options.language();
    String none = l.pick("нет данных", "no data");
    List<Row> rows = new ArrayList<>();
    int reached = 0;
    int done = 0;
    for (RecommendationFollowUp f : followUps) {
      Recommendation r = f.recommendation();
      Optional<ControlIndicator> c = r.control();
      reached += f.result().targetReached() == Verdict.YES ? 1 : 0;
      done += f.record().filter(e -> e.state() == io.github.vsoko.model.plan.ExecutionState.DONE).isPresent()
          || r.status() == io.github.vsoko.model.management.RecommendationStatus.DONE ? 1 : 0;
      rows.add(Row.of(r.organization().map(o -> o.name()).orElse("—"), r.reason().orElse(l.pick("не указан", "not given")),
          r.action(), r.deadline().format(),
          f.record().map(e -> ExecutionTexts.ofRecommendation(e, l)).orElse(l.pick(r.status().russianName(), r.status().name().toLowerCase(Locale.ROOT))),
          verdict(f.result().doneByDeadline(), l),
          c.map(x -> MeasurementNames.of(x.indicator(), l)).orElse(l.pick("не задан", "none")),
          c.flatMap(ControlIndicator::baseline).map(Numbers::text).orElse(none),
          c.flatMap(ControlIndicator::target).map(Numbers::text).orElse(none),
          f.observed().map(Numbers::text).orElse(none),
          verdict(f.result().controlIndicatorMoved(), l), verdict(f.result().targetReached(), l)));
    }
    Table table = new Table("follow-up", l.pick("Исполнение рекомендаций ", "Recommendations of ") + year,
        List.of(Row.of(l.pick("школа", "school"), l.pick("выявленный дефицит", "finding"), l.pick("рекомендация", "recommendation"),
            l.pick("срок", "deadline"),
            l.pick("исполнение", "record"), l.pick("в срок", "on time"), l.pick("контрольный показатель", "control indicator"),
            l.pick("было (база)", "baseline"), l.pick("цель", "target"), l.pick("стало", "now"),
            l.pick("сдвиг в нужную сторону", "moved the right way"), l.pick("цель достигнута", "target reached"))),
        rows, List.of(3, 6, 7, 3, 5, 2, 4, 2, 2, 2, 2, 2));
    String subtitle = l.pick("на " + Labels.date(on) + ": рекомендаций " + followUps.size() + ", выполнено " + done
        + ", цель достигнута " + reached, "on " + Labels.date(on) + ": recommendations " + followUps.size() + ", done " + done
        + ", target reached " + reached);
    return TableReports.report("follow-up", l.pick("Контроль исполнения адресных рекомендаций", "Follow-up of addressed recommendations"),
        Optional.of(subtitle), List.of(table), on, options);
  }

  private static String verdict(Verdict v, Language l) {
    return l.pick(v.russianName(), v.name().toLowerCase(Locale.ROOT).replace("unknown", "no data"));
  }
}
