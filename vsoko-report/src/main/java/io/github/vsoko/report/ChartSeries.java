package io.github.vsoko.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A series of a chart (ряд данных).
 *
 * @param name the legend label
 * @param values one value per category of the chart
 * @since 0.1.0
 */
public record ChartSeries(String name, List<BigDecimal> values) {
  /** Validates and copies. */
  public ChartSeries {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
  }
}
