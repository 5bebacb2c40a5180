package io.github.vsoko.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a calculator returns: the value, a human-readable formula in Russian and the ids of the
 * records that contributed (for drill-down).
 *
 * @param value the value
 * @param explanation how it was obtained, without the code («312 из 694 учащихся = 45 %»)
 * @param contributors ids of contributing records, sorted
 * @since 0.1.0
 */
public record Calculation(IndicatorValue value, String explanation, List<String> contributors) {
  /** Validates the calculation. */
  public Calculation {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
    contributors = contributors.stream().sorted().distinct().toList();
  }

  /** A value with its explanation and no contributors. */
  public static Calculation of(IndicatorValue value, String explanation) {
    return new Calculation(value, explanation, List.of());
  }

  /** A value with its explanation and contributors. */
  public static Calculation of(IndicatorValue value, String explanation, Collection<String> contributors) {
    return new Calculation(value, explanation, List.copyOf(contributors));
  }

  /** Data is missing: the explanation says which. */
  public static Calculation missing(String what) {
    return of(new Missing(what), "нет данных: " + what);
  }

  /** The indicator does not apply: the explanation says why. */
  public static Calculation notApplicable(String reason) {
    return of(new NotApplicable(reason), "не применимо: " + reason);
  }
}
