package io.github.vsoko.report;

import io.github.vsoko.analytics.vpr.VprCohortWork;
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

  /**
   * The cohort with the ВПР works its classes wrote: a second table (work, classes, participants, marks, lowered,
   * confirmed and raised against the journal) and JSON {@code vpr}.
   */
  public static Report cohort(String organization, String cohortLabel, List<AttestationGroup> periods,
      List<VprCohortWork> vpr, AttestationOptions attestation, java.time.LocalDate date, ReportOptions options) {
    Report report = cohort(organization, cohortLabel, periods, attestation, date, options);
    if (vpr.isEmpty()) {
      return report;
    }
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    List<ReportData> data = new ArrayList<>();
    for (VprCohortWork w : vpr) {
      long compared = w.counts().compared();
      rows.add(Row.of(List.of(Cell.text(w.work().toString()), Cell.text(w.classes().stream().map(Object::toString)
              .collect(java.util.stream.Collectors.joining(", "))), Numbers.integer(w.counts().participants()),
          Numbers.integer(w.marks().five()), Numbers.integer(w.marks().four()), Numbers.integer(w.marks().three()),
          Numbers.integer(w.marks().two()), Numbers.percentCell(w.counts().lowered(), compared),
          Numbers.percentCell(w.counts().confirmed(), compared), Numbers.percentCell(w.counts().raised(), compared))));
      data.add(ReportData.object().put("work", w.work().toString()).put("subject", w.work().subject().name())
          .put("grade", w.work().grade().value()).put("year", w.work().year())
          .put("classes", ReportData.array(w.classes().stream().map(c -> ReportData.of(c.toString())).toList()))
          .put("participants", w.counts().participants()).put("marks", ReportData.array(w.marks().asList().stream()
              .map(ReportData::of).toList())).put("lowered", w.counts().lowered()).put("confirmed", w.counts().confirmed())
          .put("raised", w.counts().raised()).build());
    }
    List<Block> blocks = new ArrayList<>(report.blocks());
    blocks.add(new Heading(2, l.pick("ВПР классов когорты", "The cohort's ВПР")));
    blocks.add(Paragraph.text(l.pick("Строки ВПР несут только коды участников, поэтому когорта прослеживается по классам, в "
        + "которых учились её обучающиеся 20 апреля года работы (история классов). Понизили / подтвердили / повысили — "
        + "отметка за ВПР против отметки по журналу, доли от участников с обеими отметками.", "ВПР rows carry participant "
        + "codes only: the cohort is followed through its classes of each spring.")));
    blocks.add(TableReports.table("cohort-vpr", "", List.of(l.pick("работа", "work"), l.pick("классы", "classes"),
        l.pick("участников", "participants"), "5", "4", "3", "2", l.pick("понизили %", "lowered %"),
        l.pick("подтвердили %", "confirmed %"), l.pick("повысили %", "raised %")), rows));
    ReportData.ObjectBuilder json = ReportData.object();
    if (report.data().orElseThrow() instanceof ReportData.Obj o) {
      o.fields().forEach(json::put);
    }
    json.put("vpr", ReportData.array(data));
    return new Report(report.kind(), report.title(), report.subtitle(), report.approval(), blocks, report.date(),
        report.language()).withData(json.build());
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
