package io.github.vsoko.report;

import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;
import io.github.vsoko.indicators.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of indicator sets (каталог показателей): per set its rows — code, unit, official title, base, how the
 * value aggregates — and the policies it reads (report kind {@code indicators}); the machine-readable data is an
 * array of every definition. {@code docs/indicators/<set>.md} is this report in Markdown.
 *
 * @since 0.1.0
 */
public final class CatalogReport {
  private CatalogReport() {}

  /**
   * The catalog.
   *
   * @param sets the sets, in order
   * @param policies the policies the sets read
   * @param options language and the report's date (a catalog has no date of its own: 1 January 2000 unless given, so
   *     the output never changes with the day it is made)
   */
  public static Report build(List<IndicatorSet> sets, List<PolicyKey<?>> policies, ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    List<ReportData> data = new ArrayList<>();
    for (IndicatorSet set : sets) {
      if (sets.size() > 1) {
        blocks.add(new Heading(1, set.id() + " (" + set.version() + ") — " + set.title()));
      }
      blocks.add(Paragraph.text(l.pick("Набор ", "Set ") + set.id() + l.pick(", версия ", ", version ") + set.version()
          + l.pick(". Источник: ", ". Source: ") + set.source().document() + " (" + set.source().edition() + ")."));
      List<Row> rows = new ArrayList<>();
      for (IndicatorDefinition d : set.definitions()) {
        RowKind kind = d.isHeading() && d.parentCode().isEmpty() ? RowKind.SECTION : RowKind.NORMAL;
        rows.add(new Row(List.of(Cell.text(d.code()), Cell.text(unit(d)), Cell.text(d.title()),
            Cell.text(d.denominator().orElse("")), Cell.text(d.isHeading() ? "" : d.aggregation().name())), kind, 0));
        ReportData.ObjectBuilder o = ReportData.object().put("id", d.id()).put("set", d.setId()).put("code", d.code())
            .put("title", d.title()).put("unit", unit(d)).put("heading", d.isHeading());
        d.parentCode().ifPresent(p -> o.put("parent", p));
        d.denominator().ifPresent(p -> o.put("denominator", p));
        data.add(o.put("aggregation", d.aggregation().name()).put("source", d.source().document() + ", " + d.source().edition())
            .build());
      }
      blocks.add(new Table(tableId(set.id()), "", List.of(Row.of(l.pick("№ п/п", "code"), l.pick("Единица измерения", "unit"),
          l.pick("Показатели", "indicator"), l.pick("База (знаменатель)", "base (denominator)"), l.pick("Свод", "aggregation"))),
          rows, List.of(1, 2, 10, 4, 2)));
    }
    if (!policies.isEmpty()) {
      blocks.add(new Heading(1, l.pick("Правила расчёта", "Policies")));
      blocks.add(policyTable(policies, l));
    }
    String title = sets.size() == 1 ? sets.get(0).title() : l.pick("Каталог показателей", "Indicator catalog");
    return new Report("indicators", title, Optional.empty(), Optional.empty(), blocks,
        options.date().orElse(LocalDate.of(2000, 1, 1)), l).withData(ReportData.array(data));
  }

  /** The policies alone (report kind {@code policies}): name, the source's words, default, values, reading. */
  public static Report policies(List<PolicyKey<?>> policies, ReportOptions options) {
    Language l = options.language();
    return new Report("policies", l.pick("Правила расчёта показателей", "Indicator policies"), Optional.empty(), Optional.empty(),
        List.of(policyTable(policies, l)), options.date().orElse(LocalDate.of(2000, 1, 1)), l);
  }

  private static Table policyTable(List<PolicyKey<?>> policies, Language l) {
    List<Row> rows = new ArrayList<>();
    for (PolicyKey<?> p : policies) {
      rows.add(Row.of(p.name(), p.wording().orElse("—"), p.print(p.defaultValue()), String.join(", ", p.choices()),
          p.description()));
    }
    return new Table("policies", "", List.of(Row.of(l.pick("правило", "policy"), l.pick("слова документа", "the source's words"),
        l.pick("по умолчанию", "default"), l.pick("значения", "values"), l.pick("прочтение", "reading"))), rows,
        List.of(3, 6, 2, 3, 6));
  }

  private static String tableId(String setId) {
    String id = setId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "set-" + id : id;
  }

  private static String unit(IndicatorDefinition d) {
    return d.unit() == Unit.NONE ? "" : d.unit().label();
  }
}
