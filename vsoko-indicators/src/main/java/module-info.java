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

  uses IndicatorProvider;

  provides IndicatorProvider with Order1324Provider, io.github.vsoko.indicators.internal.analytics.AnalyticsProvider;
}
