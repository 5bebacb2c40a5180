package io.github.vsoko.app;

import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.report.ReportOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a municipality compares (сравнение школ в сопоставимых группах).
 *
 * @param schools each school's measurements (from the management cycle)
 * @param groups the comparable group of each school by organization id; a school in no group is compared with the
 *     schools outside every group
 * @param metrics the measurements to compare («attestation.quality», «vpr.confirmed», «order1324.general/1.9»)
 * @param date the report's date
 * @param reportOptions language
 * @since 0.1.0
 */
public record MunicipalComparisonRequest(List<Measurements> schools, Map<String, String> groups, List<String> metrics,
    LocalDate date, ReportOptions reportOptions) {
  /** The measurements compared when none are named. */
  public static final List<String> DEFAULT_METRICS = List.of("attestation.quality", "vpr.confirmed");

  /** Validates and copies. */
  public MunicipalComparisonRequest {
    schools = List.copyOf(schools);
    groups = Map.copyOf(groups);
    metrics = metrics.isEmpty() ? DEFAULT_METRICS : metrics.stream().map(String::strip).toList();
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reportOptions, "report options");
  }
}
