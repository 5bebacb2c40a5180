package io.github.vsoko.indicators;

import java.util.List;
import java.util.Map;

/**
 * A consistency rule across the values of one evaluation (1.1 = 1.2 + 1.3 + 1.4, …).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ValidationRule {
  /**
   * Checks the values, by code; returns no warnings when the rule holds or a value it needs is absent.
   */
  List<ValidationWarning> check(Map<String, IndicatorValue> valuesByCode);
}
