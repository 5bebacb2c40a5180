package io.github.vsoko.indicators;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One indicator's outcome for one organization: the value, the formula in Russian («1.5 = 312 из 694
 * учащихся = 45 %»), the policies used and, when asked for, the contributing record ids.
 *
 * @param definition the indicator
 * @param value the value
 * @param explanation the formula
 * @param policies policies used, by name, with their values
 * @param contributors ids of contributing records (empty unless drill-down was asked for)
 * @since 0.1.0
 */
public record IndicatorResult(
    IndicatorDefinition definition, IndicatorValue value, String explanation, Map<String, String> policies,
    List<String> contributors) {
  /** Validates and copies. */
  public IndicatorResult {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
    policies = java.util.Collections.unmodifiableMap(new TreeMap<>(policies));
    contributors = List.copyOf(contributors);
  }
}
