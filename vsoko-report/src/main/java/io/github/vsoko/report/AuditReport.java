package io.github.vsoko.report;

import io.github.vsoko.analytics.audit.AuditResult;
import io.github.vsoko.analytics.audit.ComponentFinding;
import io.github.vsoko.analytics.audit.RequirementFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit of ВСОКО regulations (экспертиза положений о ВСОКО): for a municipality, the table of schools × components
 * (+ есть, ± частично, − нет) as the site monitoring of the Yeniseisk decision and the Guryevsk road map asks; for each school, every requirement with
 * the passage that proves it or «не найдено».
 *
 * @since 0.1.0
 */
public final class AuditReport {
  private AuditReport() {}

  /** The report over one or many schools. */
  public static Report build(List<AuditResult> results, LocalDate date, ReportOptions options) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no audits to report");
    }
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    List<ComponentFinding> components = results.get(0).components();
    if (results.size() > 1) {
      List<String> head = new ArrayList<>();
      head.add(l.pick("Организация", "Organization"));
      components.forEach(c -> head.add(c.component().title()));
      List<Row> rows = new ArrayList<>();
      for (AuditResult r : results) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(r.school()));
        r.components().forEach(c -> cells.add(Cell.text(c.status().mark())));
        rows.add(Row.of(cells));
      }
      List<Integer> widths = new ArrayList<>();
      widths.add(20);
      components.forEach(c -> widths.add(Math.max(4, 80 / components.size())));
      blocks.add(new Table("schools", l.pick("Компоненты положений о ВСОКО по организациям", "Components by organization"),
          List.of(Row.of(head.toArray(String[]::new))), rows, widths));
      blocks.add(Paragraph.note(l.pick("+ — есть, ± — частично, − — нет.", "+ present, ± partial, − missing.")));
    }
    for (AuditResult r : results) {
      blocks.add(new Heading(1, r.school()));
      blocks.add(Paragraph.text(l.pick("Документ: ", "Document: ") + fileName(r.source())));
      List<Row> rows = new ArrayList<>();
      for (ComponentFinding c : r.components()) {
        rows.add(Row.section(c.component().title() + " — " + c.status().title(), 2));
        for (RequirementFinding f : c.requirements()) {
          rows.add(Row.of(f.requirement().name(), f.passage().map(p -> p.cite()).orElse(l.pick("не найдено", "not found"))));
        }
      }
      blocks.add(new Table("audit-" + (results.indexOf(r) + 1), l.pick("Компоненты и подтверждающие фрагменты",
          "Components and passages"), List.of(Row.of(l.pick("Требование", "Requirement"), l.pick("Где найдено", "Where found"))),
          rows, List.of(30, 70)));
      if (r.gaps().isEmpty()) {
        blocks.add(Paragraph.text(l.pick("Все обязательные компоненты есть.", "All required components are present.")));
      } else {
        r.gaps().forEach(g -> blocks.add(Paragraph.gap(g.message())));
      }
    }
    return new Report("audit", l.pick("Экспертиза положений о ВСОКО", "Audit of ВСОКО regulations"), Optional.empty(),
        Optional.empty(), blocks, date, l);
  }

  /** The file name of a source path, for the report (no directories). */
  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }

  /** The short summary a console shows (report kind {@code audit-summary}): per school the components it lacks. */
  public static Report summary(List<AuditResult> results, LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    for (AuditResult r : results) {
      blocks.add(Paragraph.text(r.school() + ": " + (r.gaps().isEmpty() ? l.pick("все компоненты есть", "every component present")
          : l.pick("недостаёт компонентов: ", "components missing: ") + r.gaps().size())));
      if (!r.gaps().isEmpty()) {
        blocks.add(ListBlock.of(r.gaps().stream().map(ComponentFinding::message).toList()));
      }
    }
    return TableReports.report("audit-summary", l.pick("Экспертиза положений о ВСОКО: итоги", "Audit of regulations: totals"),
        Optional.empty(), blocks, date, options);
  }
}
