package io.github.vsoko.app;

import io.github.vsoko.analytics.management.GroupComparison;
import io.github.vsoko.report.Report;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Schools compared within their groups.
 *
 * @param byMetric the comparison rows per measurement, in the order asked; empty where no school has a value
 * @param report the tables (kind {@code comparison})
 * @since 0.1.0
 */
public record MunicipalComparisonOutcome(Map<String, List<GroupComparison>> byMetric, Report report) {
  /** Validates and copies, keeping the order. */
  public MunicipalComparisonOutcome {
    byMetric = Collections.unmodifiableMap(new LinkedHashMap<>(byMetric));
    Objects.requireNonNull(report, "report");
  }
}
