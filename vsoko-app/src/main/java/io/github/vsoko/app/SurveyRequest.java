package io.github.vsoko.app;

import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.ReportOptions;
import java.util.Objects;

/**
 * What surveys (анкетирование) are analysed for.
 *
 * @param data the organization's data with its survey answers
 * @param period the period whose surveys count (by the survey date)
 * @param reportOptions language
 * @since 0.1.0
 */
public record SurveyRequest(SchoolData data, ReportingPeriod period, ReportOptions reportOptions) {
  /** Validates. */
  public SurveyRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(reportOptions, "report options");
  }
}
