package io.github.vsoko.indicators;

import java.util.Objects;
import java.util.Set;

/**
 * How to evaluate a set.
 *
 * @param policies the policies (defaults unless set)
 * @param codes the codes to compute; empty for all
 * @param drillDown whether to keep contributing record ids
 * @since 0.1.0
 */
public record EvaluationOptions(Policies policies, Set<String> codes, boolean drillDown) {
  /** Validates the options. */
  public EvaluationOptions {
    Objects.requireNonNull(policies, "policies");
    codes = Set.copyOf(codes);
  }

  /** All indicators, default policies, no drill-down. */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(Policies.defaults(), Set.of(), false);
  }

  /** A copy with other policies. */
  public EvaluationOptions withPolicies(Policies value) {
    return new EvaluationOptions(value, codes, drillDown);
  }

  /** A copy that keeps contributing record ids. */
  public EvaluationOptions withDrillDown() {
    return new EvaluationOptions(policies, codes, true);
  }

  /** A copy that computes only the given codes. */
  public EvaluationOptions only(Set<String> value) {
    return new EvaluationOptions(policies, value, drillDown);
  }
}
