package io.github.vsoko.app;

import io.github.vsoko.indicators.Policies;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.ReportOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * What a self-assessment (самообследование) is made from.
 *
 * @param data the organization's data for the reporting period
 * @param plan the plan of functioning of its ВСОКО, for the section on the ВСОКО, if any
 * @param setId the indicator set; by default order № 1324's for the organization's kind
 * @param policies how ambiguous rows of the order are read
 * @param reportOptions language, share style, date of the report
 * @param previousYear the same organization's data for the previous year, for the column «предыдущий год», if any
 * @since 0.1.0
 */
public record SelfAssessmentRequest(SchoolData data, Optional<VsokoPlan> plan, Optional<String> setId, Policies policies,
    ReportOptions reportOptions, Optional<SchoolData> previousYear) {
  /** Validates. */
  public SelfAssessmentRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(setId, "set id");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(reportOptions, "report options");
    Objects.requireNonNull(previousYear, "previous year");
  }

  /** A request without the previous year. */
  public SelfAssessmentRequest(SchoolData data, Optional<VsokoPlan> plan, Optional<String> setId, Policies policies,
      ReportOptions reportOptions) {
    this(data, plan, setId, policies, reportOptions, Optional.empty());
  }

  /** A copy with the previous year's data. */
  public SelfAssessmentRequest withPreviousYear(SchoolData value) {
    return new SelfAssessmentRequest(data, plan, setId, policies, reportOptions, Optional.of(value));
  }

  /** The organization's data with every default: order № 1324's set, default policies, no plan, Russian. */
  public static SelfAssessmentRequest of(SchoolData data) {
    return new SelfAssessmentRequest(data, Optional.empty(), Optional.empty(), Policies.defaults(), ReportOptions.defaults());
  }

  /** A copy with the plan of functioning. */
  public SelfAssessmentRequest withPlan(VsokoPlan value) {
    return new SelfAssessmentRequest(data, Optional.of(value), setId, policies, reportOptions, previousYear);
  }

  /** A copy with other report options. */
  public SelfAssessmentRequest withReportOptions(ReportOptions value) {
    return new SelfAssessmentRequest(data, plan, setId, policies, value, previousYear);
  }
}
