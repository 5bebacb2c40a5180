package io.github.vsoko.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A mean (средний балл) kept as its sum and count, so that means aggregate exactly.
 *
 * @param sum the sum of the values
 * @param n how many values, at least one
 * @since 0.1.0
 */
public record Mean(BigDecimal sum, long n) implements IndicatorValue {
  /** Validates the parts. */
  public Mean {
    Objects.requireNonNull(sum, "sum");
    if (n <= 0) {
      throw new IllegalArgumentException("a mean needs at least one value, had " + n);
    }
    sum = sum.stripTrailingZeros();
  }

  /** The mean, exact to 34 digits. */
  public BigDecimal value() {
    return sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
  }
}
