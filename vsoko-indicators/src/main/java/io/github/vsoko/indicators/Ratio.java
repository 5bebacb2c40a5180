package io.github.vsoko.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A ratio such as computers per student or area per student: numerator and denominator kept.
 *
 * @param numerator what is counted or measured
 * @param denominator what it is divided by; may be 0, in which case there is no value
 * @since 0.1.0
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) implements IndicatorValue {
  /** Validates the parts. */
  public Ratio {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (numerator.signum() < 0 || denominator.signum() < 0) {
      throw new IllegalArgumentException("a ratio needs non-negative parts, was " + numerator.toPlainString() + "/"
          + denominator.toPlainString());
    }
    numerator = numerator.stripTrailingZeros();
    denominator = denominator.stripTrailingZeros();
  }

  /** A ratio of two whole numbers. */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** The ratio, exact to 34 digits; empty when the denominator is 0. */
  public Optional<BigDecimal> value() {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, MathContext.DECIMAL128));
  }
}
