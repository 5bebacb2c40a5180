package io.github.vsoko.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Optional values as the analytics commands print them: «—» or a Russian decimal; JSON null or a number. */
final class Decimals {
  private Decimals() {}

  /** «45,2» rounded half up to {@code scale} places, or «—». */
  static String text(java.math.BigDecimal v) {
    return v.toPlainString().replace('.', ',');
  }

  static String text(OptionalDouble v, int scale) {
    return v.isEmpty() ? "—" : round(v.getAsDouble(), scale).toPlainString().replace('.', ',');
  }

  /** Puts the number rounded half up to {@code scale} places, or null. */
  static void put(ObjectNode n, String field, OptionalDouble v, int scale) {
    if (v.isPresent()) {
      n.put(field, round(v.getAsDouble(), scale));
    } else {
      n.putNull(field);
    }
  }

  private static BigDecimal round(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }
}
