package io.github.vsoko.report;

import io.github.vsoko.indicators.Area;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.Failed;
import io.github.vsoko.indicators.Flag;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Mean;
import io.github.vsoko.indicators.Missing;
import io.github.vsoko.indicators.NotApplicable;
import io.github.vsoko.indicators.Ratio;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.indicators.ValidationWarning;
import io.github.vsoko.indicators.ValueFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values of an indicator set for one organization (report kind {@code evaluation}): a table of code, value,
 * title, unit and explanation, the consistency warnings, and the machine-readable data of {@code vsoko evaluate
 * --format json} — set, version, organization, period, every result with its exact parts, text, explanation and
 * policies, and the warnings (docs/sdk.md).
 *
 * @since 0.1.0
 */
public final class EvaluationReport {
  private EvaluationReport() {}

  /**
   * The report.
   *
   * @param setTitle the set's title
   * @param organization the organization's short name
   * @param result the evaluation
   * @param format how values are printed
   * @param options report options (language)
   */
  public static Report build(String setTitle, String organization, EvaluationResult result, ValueFormat format,
      ReportOptions options) {
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    for (IndicatorResult r : result.results()) {
      boolean heading = r.definition().isHeading();
      rows.add(new Row(List.of(Cell.text(r.definition().code()), Cell.text(heading ? "" : format.format(r.value())),
          Cell.text(r.definition().title()), Cell.text(heading || r.definition().unit() == Unit.NONE ? ""
              : r.definition().unit().label()), Cell.text(r.explanation())), heading ? RowKind.SECTION : RowKind.NORMAL, 0));
    }
    Table table = new Table("indicators", "", List.of(Row.of(l.pick("код", "code"), l.pick("значение", "value"),
        l.pick("показатель", "indicator"), l.pick("единица", "unit"), l.pick("пояснение", "explanation"))), rows,
        List.of(1, 3, 8, 2, 8));
    List<Block> blocks = new ArrayList<>();
    blocks.add(table);
    if (!result.warnings().isEmpty()) {
      blocks.add(new Heading(1, l.pick("Предупреждения проверки согласованности", "Consistency warnings")));
      blocks.add(ListBlock.of(result.warnings().stream().map(ValidationWarning::message).toList()));
    }
    String subtitle = organization + ", " + result.period().label() + " (" + l.pick("по состоянию на ", "as of ")
        + Labels.date(result.period().asOfDate()) + ")";
    return TableReports.report("evaluation", setTitle, Optional.of(subtitle), blocks, result.period().end(), options)
        .withData(data(result, format));
  }

  /** The machine-readable data of an evaluation. */
  static ReportData data(EvaluationResult result, ValueFormat format) {
    ReportData.ObjectBuilder root = ReportData.object().put("set", result.setId()).put("version", result.setVersion())
        .put("organization", result.unitId());
    root.put("period", ReportData.object().put("kind", result.period().kind().name())
        .put("start", result.period().start().toString()).put("end", result.period().end().toString())
        .put("asOfDate", result.period().asOfDate().toString()).put("label", result.period().label()).build());
    List<ReportData> results = new ArrayList<>();
    for (IndicatorResult r : result.results()) {
      ReportData.ObjectBuilder node = ReportData.object().put("code", r.definition().code()).put("title", r.definition().title())
          .put("unit", r.definition().unit() == Unit.NONE ? "" : r.definition().unit().label());
      if (r.definition().isHeading()) {
        results.add(node.put("heading", true).build());
        continue;
      }
      node.put("value", value(r.value())).put("text", format.format(r.value())).put("explanation", r.explanation());
      ReportData.ObjectBuilder policies = ReportData.object();
      r.policies().forEach(policies::put);
      node.put("policies", policies.build());
      if (!r.contributors().isEmpty()) {
        node.put("contributors", ReportData.array(r.contributors().stream().map(ReportData::of).toList()));
      }
      results.add(node.build());
    }
    root.put("results", ReportData.array(results));
    List<ReportData> warnings = new ArrayList<>();
    for (ValidationWarning w : result.warnings()) {
      warnings.add(ReportData.object().put("rule", w.rule()).put("message", w.message())
          .put("codes", ReportData.array(w.codes().stream().map(ReportData::of).toList())).build());
    }
    return root.put("warnings", ReportData.array(warnings)).build();
  }

  /** Four decimals, half up, no trailing zeros: «32.7116» (the exact parts are printed beside it). */
  private static String plain(BigDecimal v) {
    BigDecimal rounded = v.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  private static ReportData value(IndicatorValue v) {
    ReportData.ObjectBuilder node = ReportData.object();
    if (v instanceof Count c) {
      node.put("type", "count").put("count", c.value());
    } else if (v instanceof Share s) {
      node.put("type", "share").put("numerator", s.numerator()).put("denominator", s.denominator());
      s.percent().ifPresent(p -> node.put("percent", plain(p)));
    } else if (v instanceof Mean m) {
      node.put("type", "mean").put("sum", m.sum().toPlainString()).put("n", m.n()).put("mean", plain(m.value()));
    } else if (v instanceof Ratio r) {
      node.put("type", "ratio").put("numerator", r.numerator().toPlainString()).put("denominator", r.denominator().toPlainString());
      r.value().ifPresent(x -> node.put("ratio", plain(x)));
    } else if (v instanceof Flag f) {
      node.put("type", "flag").put("flag", f.value());
    } else if (v instanceof Area a) {
      node.put("type", "area").put("squareMetres", a.squareMetres().toPlainString());
    } else if (v instanceof NotApplicable n) {
      node.put("type", "not-applicable").put("reason", n.reason());
    } else if (v instanceof Missing m) {
      node.put("type", "missing").put("missing", m.what());
    } else if (v instanceof Failed f) {
      node.put("type", "error").put("message", f.message());
    }
    return node.build();
  }
}
