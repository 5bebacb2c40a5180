package io.github.vsoko.testkit;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import java.util.Set;

/** The built-in set order1324.additional passes the conformance kit. */
class Order1324AdditionalConformanceTest implements IndicatorSetContract {
  @Override
  public IndicatorSet indicatorSet() {
    return IndicatorRegistry.discover().requireSet("order1324.additional");
  }

  /**
   * 2.7 counts every student of an organization that provides broadband (the default policy), a
   * fact about the organization that a union of two organizations cannot hold.
   */
  @Override
  public Set<String> nonAdditiveCodes() {
    return Set.of("2.7");
  }
}
