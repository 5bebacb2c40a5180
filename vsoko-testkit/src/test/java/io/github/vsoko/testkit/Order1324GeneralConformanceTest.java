package io.github.vsoko.testkit;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import java.util.Set;

/** The built-in set order1324.general passes the conformance kit. */
class Order1324GeneralConformanceTest implements IndicatorSetContract {
  @Override
  public IndicatorSet indicatorSet() {
    return IndicatorRegistry.discover().requireSet("order1324.general");
  }

  /**
   * 2.5 counts every student of an organization that provides broadband (the default policy), a
   * fact about the organization that a union of two organizations cannot hold.
   */
  @Override
  public Set<String> nonAdditiveCodes() {
    return Set.of("2.5");
  }
}
