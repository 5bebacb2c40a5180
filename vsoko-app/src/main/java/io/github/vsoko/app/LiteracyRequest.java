package io.github.vsoko.app;

import io.github.vsoko.analytics.literacy.LiteracyGrouping;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.ReportOptions;
import java.util.Objects;

/**
 * What functional literacy (функциональная грамотность) is analysed for.
 *
 * @param data the organization's data with its diagnostics
 * @param period the period whose latest diagnostic per student and direction counts
 * @param grouping by class, parallel or the school
 * @param reportOptions language
 * @since 0.1.0
 */
public record LiteracyRequest(SchoolData data, ReportingPeriod period, LiteracyGrouping grouping, ReportOptions reportOptions) {
  /** Validates. */
  public LiteracyRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(reportOptions, "report options");
  }
}
