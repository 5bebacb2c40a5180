package io.github.vsoko.analytics.dynamics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A value across years (ряд значений по годам), missing years allowed.
 *
 * @param name what the value is («order1324.general/1.5», «ВПР: доля «2», %»)
 * @param values value by year, sorted
 * @since 0.1.0
 */
public record Series(String name, SortedMap<Integer, BigDecimal> values) {
  /** Validates and copies. */
  public Series {
    Objects.requireNonNull(name, "name");
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  /** A series from a map. */
  public static Series of(String name, Map<Integer, BigDecimal> values) {
    return new Series(name, new TreeMap<>(values));
  }

  /** The change from the previous year with a value to {@code year}; empty without both. */
  public Optional<BigDecimal> change(int year) {
    BigDecimal now = values.get(year);
    SortedMap<Integer, BigDecimal> before = values.headMap(year);
    if (now == null || before.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(now.subtract(before.get(before.lastKey())));
  }

  /** Year-on-year changes, by the later year. */
  public SortedMap<Integer, BigDecimal> changes() {
    SortedMap<Integer, BigDecimal> out = new TreeMap<>();
    for (int year : values.keySet()) {
      change(year).ifPresent(c -> out.put(year, c));
    }
    return out;
  }

  /**
   * The least-squares slope per year over the last {@code years} years with values (3–5); empty with
   * fewer than three values.
   */
  public Optional<BigDecimal> trend(int years) {
    if (years < 3 || years > 5) {
      throw new IllegalArgumentException("a trend is taken over 3 to 5 years, was " + years);
    }
    List<Integer> ys = new ArrayList<>(values.keySet());
    if (ys.size() < 3) {
      return Optional.empty();
    }
    List<Integer> last = ys.subList(Math.max(0, ys.size() - years), ys.size());
    double mx = last.stream().mapToInt(Integer::intValue).average().orElse(0);
    // Σ(x − x̄)·y / Σ(x − x̄)²: the textbook slope, as Σ(x − x̄) = 0 makes the mean of y drop out
    double sxy = 0;
    double sxx = 0;
    for (int y : last) {
      double dx = y - mx;
      sxy += dx * values.get(y).doubleValue();
      sxx += dx * dx;
    }
    return Optional.of(BigDecimal.valueOf(sxy / sxx).setScale(4, RoundingMode.HALF_UP));
  }
}
