package io.github.vsoko.testkit;

import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;
import java.util.List;

/** What one registration of a provider added (for {@link IndicatorProviderContract}). */
record Registered(List<IndicatorSet> sets, List<PolicyKey<?>> policies) {}
