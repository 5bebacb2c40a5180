package io.github.vsoko.app;

import io.github.vsoko.analytics.dynamics.Series;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.report.Report;
import java.util.List;

/**
 * The dynamics of indicators: the set, the years shown and a series per indicator (years without a value absent from
 * it), and the report.
 *
 * @param set the indicator set evaluated
 * @param years the years shown
 * @param series one per indicator, named by its code
 * @param report the report (kind {@code dynamics})
 * @since 0.1.0
 */
public record DynamicsOutcome(IndicatorSet set, List<Integer> years, List<Series> series, Report report) {
  /** Copies. */
  public DynamicsOutcome {
    years = List.copyOf(years);
    series = List.copyOf(series);
  }
}
