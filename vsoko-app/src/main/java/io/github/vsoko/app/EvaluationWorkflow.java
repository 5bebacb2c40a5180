package io.github.vsoko.app;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.order1324.Order1324Sets;
import io.github.vsoko.report.EvaluationReport;
import java.util.Objects;

/**
 * Evaluates one indicator set for one organization (расчёт показателей) and reports every value with its formula.
 *
 * @since 0.1.0
 */
public final class EvaluationWorkflow {
  private final IndicatorRegistry registry;

  /** Over the sets of a registry (built-in, discovered and the user's declarative ones). */
  public EvaluationWorkflow(IndicatorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Runs the evaluation.
   *
   * @throws IllegalArgumentException if the set cannot be chosen or is not registered
   */
  public EvaluationOutcome run(EvaluationRequest request) {
    IndicatorSet set = Order1324Sets.resolve(registry, request.setId(), request.data().organization().kind());
    EvaluationOptions options = EvaluationOptions.defaults().withPolicies(request.policies());
    EvaluationResult result = IndicatorEvaluator.evaluate(set, request.data(), request.drillDown() ? options.withDrillDown() : options);
    return new EvaluationOutcome(set, result, EvaluationReport.build(set.title(), request.data().organization().shortName(), result,
        request.valueFormat(), request.reportOptions()));
  }
}
