package io.github.vsoko.testkit;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;

/** The built-in set order1324.preschool passes the conformance kit. */
class Order1324PreschoolConformanceTest implements IndicatorSetContract {
  @Override
  public IndicatorSet indicatorSet() {
    return IndicatorRegistry.discover().requireSet("order1324.preschool");
  }
}
