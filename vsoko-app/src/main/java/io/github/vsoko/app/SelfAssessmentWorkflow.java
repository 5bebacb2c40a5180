package io.github.vsoko.app;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.order1324.Order1324Sets;
import io.github.vsoko.report.SelfAssessmentReport;
import java.util.Objects;

/**
 * Produces a self-assessment (самообследование, orders № 462/№ 1218, № 1324): chooses the indicator set for the
 * organization's kind, evaluates it under the policies given and builds the report.
 *
 * @since 0.1.0
 */
public final class SelfAssessmentWorkflow {
  private final IndicatorRegistry registry;

  /** Over the indicator sets of a registry. */
  public SelfAssessmentWorkflow(IndicatorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Runs the self-assessment.
   *
   * @throws IllegalArgumentException if no set is asked for and the organization's kind has none, or the set asked
   *     for is not registered
   */
  public SelfAssessmentOutcome run(SelfAssessmentRequest request) {
    IndicatorSet set = Order1324Sets.resolve(registry, request.setId(), request.data().organization().kind());
    EvaluationResult result = IndicatorEvaluator.evaluate(set, request.data(),
        EvaluationOptions.defaults().withPolicies(request.policies()));
    return new SelfAssessmentOutcome(set, result,
        SelfAssessmentReport.build(request.data(), result, request.plan(), request.reportOptions().withRegistry(registry)));
  }
}
