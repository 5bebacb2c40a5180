package io.github.vsoko.app;

import io.github.vsoko.indicators.Policies;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.ReportOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * What an evaluation of an indicator set (расчёт показателей) takes.
 *
 * @param data the organization's data
 * @param setId the set; by default order № 1324's for the organization's kind
 * @param policies how ambiguous rows are read
 * @param drillDown whether each value keeps the ids of the records counted
 * @param valueFormat how values are printed
 * @param reportOptions language of labels
 * @since 0.1.0
 */
public record EvaluationRequest(SchoolData data, Optional<String> setId, Policies policies, boolean drillDown,
    ValueFormat valueFormat, ReportOptions reportOptions) {
  /** Validates. */
  public EvaluationRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(setId, "set id");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(valueFormat, "value format");
    Objects.requireNonNull(reportOptions, "report options");
  }

  /** The organization's data with every default. */
  public static EvaluationRequest of(SchoolData data) {
    return new EvaluationRequest(data, Optional.empty(), Policies.defaults(), false, ValueFormat.defaults(),
        ReportOptions.defaults());
  }
}
