package io.github.vsoko.indicators;

import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;

/** What a provider may do while registering: add sets and declare the policies they read. */
public interface RegistrationContext {
  /** Adds an indicator set. */
  void addSet(IndicatorSet set);

  /** Declares a policy, so that it can be listed and set by name. */
  void addPolicy(PolicyKey<?> policy);
}
