package io.github.vsoko.indicators;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An area in square metres (кв. м).
 *
 * @param squareMetres the area, not negative
 * @since 0.1.0
 */
public record Area(BigDecimal squareMetres) implements IndicatorValue {
  /** Validates the area. */
  public Area {
    Objects.requireNonNull(squareMetres, "area");
    if (squareMetres.signum() < 0) {
      throw new IllegalArgumentException("an area must not be negative, was " + squareMetres.toPlainString());
    }
    squareMetres = squareMetres.stripTrailingZeros();
  }
}
