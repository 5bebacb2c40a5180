package io.github.vsoko.analytics.dynamics;

import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Mean;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.analytics.vpr.VprDistribution;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds series across years and applies the «2» rule.
 *
 * @since 0.1.0
 */
public final class Dynamics {
  private Dynamics() {}

  /** The rise of the share of «2», in percentage points, that is negative dynamics (ФИОКО 2026, §2.4). */
  public static final BigDecimal TWO_SHARE_ALARM = BigDecimal.TEN;

  /**
   * An indicator across calendar years: the data re-based to each year (as of 31 December) and the set
   * evaluated; counts and means as they are, shares in percent; years without a value are left out.
   */
  public static Series indicator(IndicatorSet set, SchoolData data, String code, List<Integer> years, EvaluationOptions options) {
    Map<Integer, BigDecimal> values = new TreeMap<>();
    for (int year : years) {
      IndicatorValue v = IndicatorEvaluator.evaluate(set, data.withPeriod(ReportingPeriod.calendarYear(year)), options).value(code)
          .orElseThrow(() -> new IllegalArgumentException("set " + set.id() + " has no indicator «" + code + "»"));
      number(v).ifPresent(n -> values.put(year, n));
    }
    return Series.of(set.id() + "/" + code, values);
  }

  /**
   * The number a value stands for in series and rules: a count as it is, a share in percent and a
   * mean to two places; nothing for other values or a share of an empty base.
   */
  public static Optional<BigDecimal> number(IndicatorValue v) {
    if (v instanceof Count c) {
      return Optional.of(BigDecimal.valueOf(c.value()));
    }
    if (v instanceof Share s) {
      return s.percent().map(p -> p.setScale(2, RoundingMode.HALF_UP));
    }
    if (v instanceof Mean m) {
      return Optional.of(m.value().setScale(2, RoundingMode.HALF_UP));
    }
    return Optional.empty();
  }

  /**
   * The share of ВПР «2» across years for one subject and grade at the level «all» (or for one
   * group), from distributions of several years.
   */
  public static Series vprTwoShare(List<VprDistribution> distributions, String subject, int grade, String level, String group) {
    Map<Integer, BigDecimal> values = new TreeMap<>();
    for (VprDistribution d : distributions) {
      if (d.work().subject().name().equals(subject) && d.work().grade().value() == grade && d.level().equals(level)
          && d.group().equals(group) && !d.marks().isEmpty() && d.participants() > 0) {
        values.put(d.work().year(), BigDecimal.valueOf(100.0 * d.marks().getOrDefault("2", 0L) / d.participants())
            .setScale(2, RoundingMode.HALF_UP));
      }
    }
    return Series.of("ВПР " + subject + ", " + grade + " класс, " + group + ": доля «2», %", values);
  }

  /** Years whose share of «2» rose by {@link #TWO_SHARE_ALARM} points or more from the year before. */
  public static List<Integer> negativeTwoDynamics(Series twoShare) {
    return twoShare.changes().entrySet().stream().filter(e -> e.getValue().compareTo(TWO_SHARE_ALARM) >= 0)
        .map(Map.Entry::getKey).toList();
  }
}
