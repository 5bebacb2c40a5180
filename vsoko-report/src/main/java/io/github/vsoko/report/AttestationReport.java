package io.github.vsoko.report;

import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.indicators.RussianFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Итоги промежуточной аттестации: успеваемость, качество, СОУ, средний балл per group and in total (report kind
 * {@code attestation}), with the machine-readable data {@code {groups: [...], total: {...}}} (docs/attestation.md).
 *
 * @since 0.1.0
 */
public final class AttestationReport {
  private AttestationReport() {}

  /**
   * The report.
   *
   * @param organization the organization's short name
   * @param periodLabel the period («2023/2024 учебный год»)
   * @param groups the groups in order
   * @param total the total over all groups
   * @param attestation the options the shares were computed with
   * @param date the report's date
   * @param options report options (language)
   */
  public static Report build(String organization, String periodLabel, List<AttestationGroup> groups, AttestationCounts total,
      AttestationOptions attestation, java.time.LocalDate date, ReportOptions options) {
    return build(organization, periodLabel, groups, Optional.of(total), attestation, date, options);
  }

  /**
   * A class followed across periods (когорта, {@code AttestationAnalysis.cohort}): one row per period, no total (the
   * periods are not parts of a whole).
   */
  public static Report cohort(String organization, String cohortLabel, List<AttestationGroup> periods,
      AttestationOptions attestation, java.time.LocalDate date, ReportOptions options) {
    return build(organization, cohortLabel, periods, Optional.empty(), attestation, date, options);
  }

  private static Report build(String organization, String periodLabel, List<AttestationGroup> groups,
      Optional<AttestationCounts> total, AttestationOptions attestation, java.time.LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<String> head = List.of(l.pick("группа", "group"), l.pick("всего", "base"), "5", "4", "3", "2", l.pick("н/а", "n/a"),
        l.pick("осв.", "exempt"), l.pick("успеваемость %", "progress %"), l.pick("качество %", "quality %"), l.pick("СОУ %", "SOU %"),
        l.pick("средний балл", "mean mark"));
    List<Row> rows = new ArrayList<>();
    groups.forEach(g -> rows.add(row(g.key(), g.counts(), attestation)));
    total.ifPresent(t -> rows.add(row(l.pick("итого", "total"), t, attestation)));
    Table table = TableReports.table("attestation", "", head, rows);
    String title = l.pick("Итоги промежуточной аттестации", "Intermediate attestation");
    Report report = TableReports.report("attestation", title, Optional.of(organization + ", " + periodLabel), List.of(table), date,
        options);
    List<ReportData> data = new ArrayList<>();
    groups.forEach(g -> data.add(data(g.key(), g.counts(), attestation)));
    ReportData.ObjectBuilder json = ReportData.object().put("groups", ReportData.array(data));
    total.ifPresent(t -> json.put("total", data("итого", t, attestation)));
    return report.withData(json.build());
  }

  private static Row row(String key, AttestationCounts c, AttestationOptions o) {
    return Row.of(List.of(Cell.text(key), Numbers.integer(c.base()), Numbers.integer(c.five()), Numbers.integer(c.four()),
        Numbers.integer(c.three()), Numbers.integer(c.two()), Numbers.integer(c.notAttested()), Numbers.integer(c.exempt()),
        Numbers.percent(c.progress(), 1), Numbers.percent(c.quality(), 1), Numbers.percent(c.sou(o), 1),
        Numbers.decimal(c.meanMark(o), 2)));
  }

  private static ReportData data(String key, AttestationCounts c, AttestationOptions o) {
    return ReportData.object().put("group", key).put("base", c.base()).put("five", c.five()).put("four", c.four())
        .put("three", c.three()).put("two", c.two()).put("notAttested", c.notAttested()).put("exempt", c.exempt())
        .put("progress", RussianFormat.round(c.progress(), 2).orElse(null))
        .put("quality", RussianFormat.round(c.quality(), 2).orElse(null))
        .put("sou", RussianFormat.round(c.sou(o), 2).orElse(null))
        .put("meanMark", RussianFormat.round(c.meanMark(o), 2).orElse(null)).build();
  }
}
