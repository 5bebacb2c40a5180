package io.github.vsoko.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.math.MathContext;

/**
 * Writes evaluation results as JSON (exact parts and the formatted text of every value) or TSV.
 * Deterministic: the same result gives the same bytes.
 */
public final class EvaluationExport {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvaluationExport() {}

  /** JSON: set, unit, period, results (code, title, unit, value parts, text, explanation, policies), warnings. */
  public static String json(EvaluationResult result, ValueFormat format) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("set", result.setId());
    root.put("version", result.setVersion());
    root.put("organization", result.unitId());
    ObjectNode period = root.putObject("period");
    period.put("kind", result.period().kind().name());
    period.put("start", result.period().start().toString());
    period.put("end", result.period().end().toString());
    period.put("asOfDate", result.period().asOfDate().toString());
    period.put("label", result.period().label());
    ArrayNode results = root.putArray("results");
    for (IndicatorResult r : result.results()) {
      ObjectNode node = results.addObject();
      node.put("code", r.definition().code());
      node.put("title", r.definition().title());
      node.put("unit", r.definition().unit() == Unit.NONE ? "" : r.definition().unit().label());
      if (r.definition().isHeading()) {
        node.put("heading", true);
        continue;
      }
      value(node.putObject("value"), r.value());
      node.put("text", format.format(r.value()));
      node.put("explanation", r.explanation());
      ObjectNode policies = node.putObject("policies");
      r.policies().forEach(policies::put);
      if (!r.contributors().isEmpty()) {
        ArrayNode ids = node.putArray("contributors");
        r.contributors().forEach(ids::add);
      }
    }
    ArrayNode warnings = root.putArray("warnings");
    for (ValidationWarning w : result.warnings()) {
      ObjectNode node = warnings.addObject();
      node.put("rule", w.rule());
      node.put("message", w.message());
      ArrayNode codes = node.putArray("codes");
      w.codes().forEach(codes::add);
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String plain(BigDecimal v) {
    return v.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
  }

  private static void value(ObjectNode node, IndicatorValue v) {
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
  }

  /** TSV: code, unit, formatted value, explanation — one line per row, headings with empty value. */
  public static String tsv(EvaluationResult result, ValueFormat format) {
    StringBuilder out = new StringBuilder("code\tunit\tvalue\texplanation\n");
    for (IndicatorResult r : result.results()) {
      boolean heading = r.definition().isHeading();
      out.append(r.definition().code()).append('\t')
          .append(heading ? "" : r.definition().unit().label()).append('\t')
          .append(heading ? "" : format.format(r.value()).replace('\t', ' ')).append('\t')
          .append(r.explanation().replace('\t', ' ')).append('\n');
    }
    return out.toString();
  }
}
