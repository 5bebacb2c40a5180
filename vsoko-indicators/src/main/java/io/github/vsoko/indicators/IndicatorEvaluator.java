package io.github.vsoko.indicators;

import io.github.vsoko.model.school.SchoolData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates an indicator set for one organization (расчёт показателей). Each calculator gets its
 * own context; a calculator that throws yields a {@link Failed} value and the rest are still
 * computed; then the set's consistency rules run over the values.
 *
 * @since 0.1.0
 */
public final class IndicatorEvaluator {
  private static final Logger LOG = LoggerFactory.getLogger(IndicatorEvaluator.class);
  /** The value of a heading row. */
  public static final NotApplicable HEADING = new NotApplicable("строка-заголовок");

  private IndicatorEvaluator() {}

  /** Evaluates every indicator of {@code set} with default options. */
  public static EvaluationResult evaluate(IndicatorSet set, SchoolData data) {
    return evaluate(set, data, EvaluationOptions.defaults());
  }

  /** Evaluates the indicators of {@code set} selected by {@code options}. */
  public static EvaluationResult evaluate(IndicatorSet set, SchoolData data, EvaluationOptions options) {
    List<IndicatorResult> results = new ArrayList<>();
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (IndicatorDefinition definition : set.definitions()) {
      if (!options.codes().isEmpty() && !options.codes().contains(definition.code())) {
        continue;
      }
      IndicatorResult result = evaluateOne(set, definition, data, options);
      results.add(result);
      if (!definition.isHeading()) {
        values.put(definition.code(), result.value());
      }
    }
    List<ValidationWarning> warnings = new ArrayList<>();
    for (ValidationRule rule : set.rules()) {
      try {
        warnings.addAll(rule.check(values));
      } catch (RuntimeException e) { // a broken rule is isolated like a calculator: said, every value kept
        LOG.warn("Validation rule {} of {} failed: {}", rule.getClass().getName(), set.id(), e.toString());
        warnings.add(new ValidationWarning(rule.getClass().getName(), "правило проверки согласованности не выполнено и "
            + "пропущено: " + e.getClass().getSimpleName() + ": " + e.getMessage(), List.of()));
      }
    }
    return new EvaluationResult(set.id(), set.version(), data.organization().id(), data.period(), results, warnings,
        set.sections());
  }

  private static IndicatorResult evaluateOne(
      IndicatorSet set, IndicatorDefinition definition, SchoolData data, EvaluationOptions options) {
    if (definition.isHeading()) {
      return new IndicatorResult(definition, HEADING, "", Map.of(), List.of());
    }
    CalculationContext context = CalculationContext.of(data, options.policies());
    Calculation calculation;
    try {
      calculation = set.calculator(definition.code()).orElseThrow().calculate(context);
      if (calculation == null) {
        throw new IllegalStateException("the calculator returned null");
      }
    } catch (RuntimeException e) {
      LOG.warn("Calculator of {} failed for {}: {}", definition.id(), data.organization().id(), e.toString());
      calculation = Calculation.of(Failed.of(e),
          "ошибка расчёта: " + e.getMessage());
    }
    return new IndicatorResult(definition, calculation.value(), definition.code() + " = " + calculation.explanation(),
        context.usedPolicies(), options.drillDown() ? calculation.contributors() : List.of());
  }
}
