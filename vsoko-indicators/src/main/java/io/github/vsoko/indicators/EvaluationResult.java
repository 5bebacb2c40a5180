package io.github.vsoko.indicators;

import io.github.vsoko.model.time.ReportingPeriod;
import java.util.List;
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
 * @since 0.1.0
 */
public record EvaluationResult(
    String setId, String setVersion, String unitId, ReportingPeriod period, List<IndicatorResult> results,
    List<ValidationWarning> warnings) {
  /** Validates and copies. */
  public EvaluationResult {
    Objects.requireNonNull(setId, "set id");
    Objects.requireNonNull(setVersion, "set version");
    Objects.requireNonNull(unitId, "unit id");
    Objects.requireNonNull(period, "period");
    results = List.copyOf(results);
    warnings = List.copyOf(warnings);
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
