package io.github.vsoko.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Ready-made consistency rules over counts (a share's count is its numerator).
 *
 * @since 0.1.0
 */
public final class ValidationRules {
  private ValidationRules() {}

  /** The count of a value: a count, or a share's numerator. */
  public static OptionalLong count(IndicatorValue value) {
    if (value instanceof Count c) {
      return OptionalLong.of(c.value());
    }
    if (value instanceof Share s) {
      return OptionalLong.of(s.numerator());
    }
    return OptionalLong.empty();
  }

  private static Optional<long[]> counts(Map<String, IndicatorValue> values, String... codes) {
    long[] out = new long[codes.length];
    for (int i = 0; i < codes.length; i++) {
      IndicatorValue v = values.get(codes[i]);
      OptionalLong c = v == null ? OptionalLong.empty() : count(v);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      out[i] = c.getAsLong();
    }
    return Optional.of(out);
  }

  private static List<String> all(String total, String... parts) {
    List<String> codes = new ArrayList<>();
    codes.add(total);
    codes.addAll(Arrays.asList(parts));
    return codes;
  }

  /** {@code total} equals the sum of {@code parts} («1.1 = 1.2 + 1.3 + 1.4»). */
  public static ValidationRule sumEquals(String total, String... parts) {
    return values -> counts(values, all(total, parts).toArray(String[]::new)).map(c -> {
      long sum = Arrays.stream(c, 1, c.length).sum();
      return c[0] == sum ? List.<ValidationWarning>of() : List.of(new ValidationWarning("sum:" + total,
          total + " = " + c[0] + ", а сумма " + String.join(" + ", parts) + " = " + sum + "; должны совпадать",
          all(total, parts)));
    }).orElse(List.of());
  }

  /** {@code total} is at least the sum of {@code parts} («1.19 ≥ 1.19.1 + 1.19.2 + 1.19.3»). */
  public static ValidationRule atLeastSum(String total, String... parts) {
    return values -> counts(values, all(total, parts).toArray(String[]::new)).map(c -> {
      long sum = Arrays.stream(c, 1, c.length).sum();
      return c[0] >= sum ? List.<ValidationWarning>of() : List.of(new ValidationWarning("at-least-sum:" + total,
          total + " = " + c[0] + " меньше суммы " + String.join(" + ", parts) + " = " + sum, all(total, parts)));
    }).orElse(List.of());
  }

  /** The sum of {@code parts} does not exceed {@code total} («1.25 + 1.27 ≤ 1.24»). */
  public static ValidationRule sumAtMost(String total, String... parts) {
    return values -> counts(values, all(total, parts).toArray(String[]::new)).map(c -> {
      long sum = Arrays.stream(c, 1, c.length).sum();
      return sum <= c[0] ? List.<ValidationWarning>of() : List.of(new ValidationWarning("sum-at-most:" + total,
          String.join(" + ", parts) + " = " + sum + " больше, чем " + total + " = " + c[0], all(total, parts)));
    }).orElse(List.of());
  }

  /** {@code lesser} does not exceed {@code greater} («1.26 ≤ 1.25»). */
  public static ValidationRule atMost(String lesser, String greater) {
    return values -> counts(values, lesser, greater).map(c -> c[0] <= c[1] ? List.<ValidationWarning>of()
        : List.of(new ValidationWarning("at-most:" + lesser + ":" + greater,
            lesser + " = " + c[0] + " больше, чем " + greater + " = " + c[1], List.of(lesser, greater))))
        .orElse(List.of());
  }

  /** Every share is at most 100 % (a share above means participations were counted, or a wrong base). */
  public static ValidationRule sharesAtMost100() {
    return values -> {
      List<ValidationWarning> out = new ArrayList<>();
      values.forEach((code, v) -> {
        if (v instanceof Share s && s.numerator() > s.denominator()) {
          out.add(new ValidationWarning("share-over-100:" + code, code + ": удельный вес больше 100 % ("
              + s.numerator() + " из " + s.denominator() + ")", List.of(code)));
        }
      });
      out.sort(java.util.Comparator.comparing(ValidationWarning::rule));
      return out;
    };
  }
}
