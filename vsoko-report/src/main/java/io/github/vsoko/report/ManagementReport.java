package io.github.vsoko.report;

import io.github.vsoko.analytics.management.ManagementOutcome;
import io.github.vsoko.model.management.Finding;
import io.github.vsoko.model.management.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Findings of the management cycle (выявленные дефициты) per organization, most at risk first as the rules ordered
 * them (report kind {@code findings}): the risk profile by severity, whether addressed recommendations are
 * needed, and each finding.
 *
 * @since 0.1.0
 */
public final class ManagementReport {
  private ManagementReport() {}

  /** The report of the outcomes in the given order. */
  public static Report build(List<ManagementOutcome> outcomes, LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    for (ManagementOutcome o : outcomes) {
      blocks.add(new Heading(1, l.pick(o.organizationName() + " — дефицитов: " + o.findings().size() + " (высокая: "
          + o.count(Severity.HIGH) + ", средняя: " + o.count(Severity.MEDIUM) + ", низкая: " + o.count(Severity.LOW) + ")"
          + (o.needsRecommendations() ? " — нужны адресные рекомендации" : ""),
          o.organizationName() + " — findings: " + o.findings().size() + " (high: " + o.count(Severity.HIGH) + ", medium: "
          + o.count(Severity.MEDIUM) + ", low: " + o.count(Severity.LOW) + ")"
          + (o.needsRecommendations() ? " — addressed recommendations needed" : ""))));
      if (!o.findings().isEmpty()) {
        blocks.add(new ListBlock(o.findings().stream()
            .map(f -> new ListItem("[" + f.severity().russianName() + "] " + f.observation(), List.of(), f.severity() == Severity.HIGH))
            .toList()));
      }
      if (!o.recommendations().isEmpty()) {
        List<Row> rows = new ArrayList<>();
        for (io.github.vsoko.model.management.Recommendation r : o.recommendations()) {
          java.util.Optional<io.github.vsoko.model.management.ControlIndicator> c = r.control();
          rows.add(Row.of(r.action(), r.deadline().format(), c.map(x -> MeasurementNames.of(x.indicator(), l)).orElse(l.pick("нет", "none")),
              c.flatMap(x -> x.baseline()).map(Numbers::text).orElse(l.pick("нет данных", "no data")),
              c.flatMap(x -> x.target()).map(Numbers::text).orElse(l.pick("нет данных", "no data"))));
        }
        blocks.add(new Table("recommendations-draft", l.pick("Проекты адресных рекомендаций", "Draft addressed recommendations"),
            List.of(Row.of(l.pick("мера", "measure"), l.pick("срок", "deadline"), l.pick("контрольный показатель", "control indicator"),
                l.pick("базовое значение", "baseline"), l.pick("цель", "target"))), rows, List.of(8, 3, 3, 2, 2)));
      }
      if (!o.notes().isEmpty()) {
        blocks.add(new ListBlock(o.notes().stream().map(ListItem::text).toList()));
      }
    }
    return TableReports.report("findings", l.pick("Выявленные дефициты", "Findings"), Optional.empty(), blocks, date, options);
  }

  /** Every finding of the outcomes. */
  static List<Finding> findings(List<ManagementOutcome> outcomes) {
    return outcomes.stream().flatMap(o -> o.findings().stream()).toList();
  }
}
