package io.github.vsoko.app;

import io.github.vsoko.indicators.Policies;
import io.github.vsoko.model.framework.Participant;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import java.util.List;
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
 * @param participants the bodies and officials of the ВСОКО with their functions, for the section on management
 * @since 0.1.0
 */
public record SelfAssessmentRequest(SchoolData data, Optional<VsokoPlan> plan, Optional<String> setId, Policies policies,
    ReportOptions reportOptions, Optional<SchoolData> previousYear, List<Participant> participants) {
  /** Validates. */
  public SelfAssessmentRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(setId, "set id");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(reportOptions, "report options");
    Objects.requireNonNull(previousYear, "previous year");
    participants = List.copyOf(participants);
  }

  /** A request without the previous year. */
  public SelfAssessmentRequest(SchoolData data, Optional<VsokoPlan> plan, Optional<String> setId, Policies policies,
      ReportOptions reportOptions) {
    this(data, plan, setId, policies, reportOptions, Optional.empty(), List.of());
  }

  /** A copy with the ВСОКО's model: its plan and its participants. */
  public SelfAssessmentRequest withModel(VsokoModel value) {
    return new SelfAssessmentRequest(data, Optional.of(value.plan()), setId, policies, reportOptions, previousYear,
        value.participants());
  }

  /** A copy with the previous year's data. */
  public SelfAssessmentRequest withPreviousYear(SchoolData value) {
    return new SelfAssessmentRequest(data, plan, setId, policies, reportOptions, Optional.of(value), participants);
  }

  /** The organization's data with every default: order № 1324's set, default policies, no plan, Russian. */
  public static SelfAssessmentRequest of(SchoolData data) {
    return new SelfAssessmentRequest(data, Optional.empty(), Optional.empty(), Policies.defaults(), ReportOptions.defaults());
  }

  /** A copy with the plan of functioning. */
  public SelfAssessmentRequest withPlan(VsokoPlan value) {
    return new SelfAssessmentRequest(data, Optional.of(value), setId, policies, reportOptions, previousYear, participants);
  }

  /** A copy with other report options. */
  public SelfAssessmentRequest withReportOptions(ReportOptions value) {
    return new SelfAssessmentRequest(data, plan, setId, policies, value, previousYear, participants);
  }
}
