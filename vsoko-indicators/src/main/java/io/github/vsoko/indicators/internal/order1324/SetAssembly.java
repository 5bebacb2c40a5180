package io.github.vsoko.indicators.internal.order1324;

import io.github.vsoko.indicators.AggregationRule;
import io.github.vsoko.indicators.Calculator;
import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.SelfAssessmentSection;
import io.github.vsoko.indicators.Source;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.indicators.ValidationRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles an order № 1324 set from its bundled list (codes, units and verbatim titles, in order)
 * and a calculator per row with a unit, and the rows of each subsection of the self-assessment report.
 */
final class SetAssembly {
  private SetAssembly() {}

  static IndicatorSet build(String id, String version, String title, Source source, String resource,
      Map<String, Calculator> calculators, Map<String, String> denominators, Map<String, AggregationRule> aggregation,
      List<ValidationRule> rules, Map<SelfAssessmentSection, List<String>> sections) {
    IndicatorSet.Builder b = IndicatorSet.builder(id, version, title, source);
    for (Row row : Rows.load(resource)) {
      if (row.unit() == Unit.NONE) {
        b.heading(row.code(), row.title());
        continue;
      }
      Calculator calculator = calculators.get(row.code());
      if (calculator == null) {
        throw new IllegalStateException("no calculator for " + id + "/" + row.code());
      }
      b.indicator(new IndicatorDefinition(id, row.code(), row.title(), row.unit(), Optional.empty(),
          Optional.ofNullable(denominators.get(row.code())), source, IndicatorDefinition.impliedParent(row.code()),
          aggregation.getOrDefault(row.code(), IndicatorDefinition.defaultAggregation(row.unit()))), calculator);
    }
    rules.forEach(b::rule);
    sections.forEach((section, codes) -> b.section(section, codes.toArray(String[]::new)));
    return b.build();
  }
}
