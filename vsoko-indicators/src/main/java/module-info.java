import io.github.vsoko.indicators.internal.order1324.Order1324Provider;
import io.github.vsoko.indicators.IndicatorProvider;

/**
 * Indicator SDK (показатели), registry and the built-in indicator sets of order № 1324.
 */
module io.github.vsoko.indicators {
  requires transitive io.github.vsoko.model;
  requires org.slf4j;
  requires org.yaml.snakeyaml;

  exports io.github.vsoko.indicators;
  exports io.github.vsoko.indicators.order1324;
  exports io.github.vsoko.indicators.vpr;
  exports io.github.vsoko.indicators.attestation;
  exports io.github.vsoko.indicators.management;
  exports io.github.vsoko.indicators.dynamics;
  exports io.github.vsoko.indicators.gia;
  exports io.github.vsoko.indicators.literacy;
  exports io.github.vsoko.indicators.effectiveness;
  exports io.github.vsoko.indicators.audit;

  uses IndicatorProvider;

  provides IndicatorProvider with Order1324Provider, io.github.vsoko.indicators.internal.analytics.AnalyticsProvider;
}
