package io.github.vsoko.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A count with its share of a base (численность / удельный вес): both kept exactly.
 *
 * @param numerator the count
 * @param denominator the base; may be 0, in which case there is no percentage
 * @since 0.1.0
 */
public record Share(long numerator, long denominator) implements IndicatorValue {
  /** Validates the parts. */
  public Share {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("a share needs non-negative parts, was " + numerator + "/" + denominator);
    }
  }

  /** The percentage, exact to 34 digits; empty when the base is 0. */
  public Optional<BigDecimal> percent() {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128));
  }
}
