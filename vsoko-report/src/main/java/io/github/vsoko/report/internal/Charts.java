package io.github.vsoko.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number printing and axis scaling shared by the chart renderers. */
final class Charts {
  private Charts() {}

  /** «45,2» — Russian decimal comma, at most one decimal, no trailing zeros. */
  static String number(BigDecimal value) {
    BigDecimal v = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return v.toPlainString().replace('.', ',');
  }

  /** A round axis maximum at or above the largest value: 1, 2, 5 × 10ⁿ. */
  static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
