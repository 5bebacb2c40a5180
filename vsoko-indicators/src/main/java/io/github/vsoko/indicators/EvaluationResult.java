package io.github.vsoko.indicators;

import io.github.vsoko.model.time.ReportingPeriod;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of one set for one organization (or an aggregate of several), with the consistency
 * warnings.
 *
 * @param setId the set
 * @param setVersion its version
 * @param unitId the organization's id (or the org unit's, for an aggregate)
 * @param period the reporting period
 * @param results results in set order, headings included
 * @param warnings consistency warnings
 * @param sections which rows the set puts into which subsection of the self-assessment report
 * @since 0.1.0
 */
public record EvaluationResult(
    String setId, String setVersion, String unitId, ReportingPeriod period, List<IndicatorResult> results,
    List<ValidationWarning> warnings, Map<SelfAssessmentSection, List<String>> sections) {
  /** Validates and copies. */
  public EvaluationResult {
    Objects.requireNonNull(setId, "set id");
    Objects.requireNonNull(setVersion, "set version");
    Objects.requireNonNull(unitId, "unit id");
    Objects.requireNonNull(period, "period");
    results = List.copyOf(results);
    warnings = List.copyOf(warnings);
    sections = Map.copyOf(sections);
  }

  /** Values with no report sections declared. */
  public EvaluationResult(String setId, String setVersion, String unitId, ReportingPeriod period, List<IndicatorResult> results,
      List<ValidationWarning> warnings) {
    this(setId, setVersion, unitId, period, results, warnings, Map.of());
  }

  /** The codes the set puts into a subsection of the self-assessment report, in order; empty if none. */
  public List<String> codesIn(SelfAssessmentSection section) {
    return sections.getOrDefault(section, List.of());
  }

  /** The result of a code. */
  public Optional<IndicatorResult> result(String code) {
    return results.stream().filter(r -> r.definition().code().equals(code)).findFirst();
  }

  /** The value of a code. */
  public Optional<IndicatorValue> value(String code) {
    return result(code).map(IndicatorResult::value);
  }
}
