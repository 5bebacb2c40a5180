package io.github.vsoko.app;

import io.github.vsoko.analytics.management.GroupComparison;
import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.report.GroupComparisonReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The municipal comparison: each school against its comparable group's mean (вид, размер, местность — as the
 * municipality groups them), by measurement, with its rank in the group.
 *
 * @since 0.1.0
 */
public final class MunicipalComparisonWorkflow {
  /** Runs it. */
  public MunicipalComparisonOutcome run(MunicipalComparisonRequest request) {
    Map<String, List<GroupComparison>> byMetric = new LinkedHashMap<>();
    for (String metric : request.metrics()) {
      byMetric.put(metric, GroupComparison.compare(request.schools(), request.groups(), metric));
    }
    Map<String, String> names = new TreeMap<>();
    request.schools().forEach((Measurements m) -> names.put(m.organizationId(), m.organizationName()));
    return new MunicipalComparisonOutcome(byMetric, GroupComparisonReport.build(byMetric, names, request.date(),
        request.reportOptions()));
  }
}
