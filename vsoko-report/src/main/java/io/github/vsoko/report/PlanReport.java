package io.github.vsoko.report;

import io.github.vsoko.model.framework.Criterion;
import io.github.vsoko.model.framework.DocumentFormat;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan of functioning of the ВСОКО (план функционирования ВСОКО) as the table of the regulations:
 * «Объект/предмет ВСОКО», «Критерии», «Показатели», «Ответственный», «Сроки», «Формат документа», with
 * a heading row per quality area.
 *
 * @since 0.1.0
 */
public final class PlanReport {
  private PlanReport() {}

  /**
   * The plan and its cyclogram in one report («plan»): the plan's table, then a heading «Циклограмма ВСОКО» and the
   * cyclogram's blocks (with due-this-month and overdue marks when {@code on} is given); with {@code on}, then
   * «Исполнение плана»: every deadline judged on that date with its records.
   */
  public static Report withCyclogram(VsokoPlan plan, Optional<LocalDate> on, ReportOptions options) {
    Report p = build(plan, options);
    Report c = CyclogramReport.build(plan, on, options);
    List<Block> blocks = new ArrayList<>(p.blocks());
    blocks.add(new Heading(1, options.language().pick("Циклограмма ВСОКО", "ВСОКО cyclogram")));
    blocks.addAll(c.blocks());
    if (on.isPresent()) {
      PlanExecutionTable execution = PlanExecutionTable.of(plan, on.get(), options.language());
      blocks.add(new Heading(1, options.language().pick("Исполнение плана", "Plan execution")));
      blocks.add(Paragraph.text(options.language().pick("На ", "On ") + Labels.date(on.get()) + ": " + execution.summary(options.language())
          + "."));
      blocks.add(execution.table());
    }
    return new Report(p.kind(), p.title(), p.subtitle(), p.approval(), blocks, options.date().orElse(on.orElse(plan.year().start())),
        p.language());
  }

  /** The plan as a report; the report's date is 1 September of the plan's year unless given. */
  public static Report build(VsokoPlan plan, ReportOptions options) {
    Language l = options.language();
    IndicatorTitles titles = new IndicatorTitles(options);
    List<Row> rows = new ArrayList<>();
    for (QualityArea area : QualityArea.values()) {
      List<PlanItem> items = plan.items().stream().filter(i -> i.area() == area).toList();
      if (items.isEmpty()) {
        continue;
      }
      rows.add(Row.section(area.title(), 6));
      for (PlanItem i : items) {
        rows.add(Row.of(i.object().title(), lines(i.criteria().stream().map(Criterion::text).toList()),
            lines(i.indicators().stream().map(titles::title).toList()), responsible(i.responsible()),
            i.schedule().format(), lines(i.documents().stream().map(DocumentFormat::title).toList())));
      }
    }
    Table table = new Table("plan", l.pick("План функционирования ВСОКО на ", "ВСОКО plan for ") + plan.year()
        + l.pick(" учебный год", ""), List.of(Row.of(l.pick("Объект/предмет ВСОКО", "Object"),
            l.pick("Критерии оценки качества образования", "Criteria"), l.pick("Показатели оценки качества образования",
                "Indicators"), l.pick("Ответственный", "Responsible"), l.pick("Сроки", "Deadline"),
            l.pick("Формат документа", "Document"))), rows, List.of(18, 22, 22, 14, 10, 14));
    return new Report("plan", plan.title(), Optional.of(plan.year() + l.pick(" учебный год", "")), Optional.empty(),
        List.of(table), options.date().orElse(plan.year().start()), l);
  }

  static String lines(List<String> values) {
    return String.join("\n", values);
  }

  static String responsible(List<Responsible> parties) {
    return parties.stream().map(Responsible::display).collect(Collectors.joining("\n"));
  }
}
