package io.github.vsoko.model.management;

import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The indicator a recommendation is checked by (контрольный показатель), with its baseline,
 * target and desired direction.
 *
 * @param indicator the indicator
 * @param baseline value when the recommendation was issued
 * @param target value to reach
 * @param direction which way it should move
 * @since 0.1.0
 */
public record ControlIndicator(
    IndicatorReference indicator, Optional<BigDecimal> baseline, Optional<BigDecimal> target, Direction direction) {

  /** Validates the indicator. */
  public ControlIndicator {
    Checks.notNull(indicator, "indicator");
    Checks.notNull(baseline, "baseline");
    Checks.notNull(target, "target");
    Checks.notNull(direction, "direction");
    if (baseline.isPresent() && target.isPresent()) {
      int cmp = target.get().compareTo(baseline.get());
      if ((direction == Direction.INCREASE && cmp < 0) || (direction == Direction.DECREASE && cmp > 0)) {
        throw new IllegalArgumentException("target " + target.get().toPlainString() + " does not lie in the direction "
            + direction + " from baseline " + baseline.get().toPlainString());
      }
    }
  }
}
