package io.github.vsoko.indicators;

import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;

/**
 * What a provider may do while registering: add sets and declare the policies they read.
 *
 * @since 0.1.0
 */
public interface RegistrationContext {
  /** Adds an indicator set. */
  void addSet(IndicatorSet set);

  /** Declares a policy, so that it can be listed and set by name. */
  void addPolicy(PolicyKey<?> policy);

  /**
   * Adds a set written in YAML (see {@link DeclarativeIndicators}). Only vsoko's own providers may use
   * the reserved ids {@code order1324.*} and {@code vsoko.*}.
   *
   * @throws io.github.vsoko.model.problem.ProblemException listing every problem with its line and column
   */
  void addDeclarativeSet(String name, java.io.Reader yaml);
}
