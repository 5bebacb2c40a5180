package io.github.vsoko.analytics.management;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.dynamics.Dynamics;
import io.github.vsoko.analytics.vpr.VprCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Named values of one organization that rules look at: indicator values («order1324.general/1.5», in
 * percent for shares), attestation metrics («attestation.quality»…), ВПР shares («vpr.lowered»…).
 *
 * @param organizationId the organization
 * @param organizationName its name as printed in findings
 * @param values the values by name, sorted
 * @param samples how many participants (pupils, records) a value rests on, by name, where known
 * @since 0.1.0
 */
public record Measurements(String organizationId, String organizationName, Map<String, BigDecimal> values,
    Map<String, Long> samples) {
  /** Validates and copies. */
  public Measurements {
    Objects.requireNonNull(organizationId, "organization id");
    Objects.requireNonNull(organizationName, "organization name");
    values = Collections.unmodifiableMap(new TreeMap<>(values));
    samples = Collections.unmodifiableMap(new TreeMap<>(samples));
  }

  /** Values whose samples are not known. */
  public Measurements(String organizationId, String organizationName, Map<String, BigDecimal> values) {
    this(organizationId, organizationName, values, Map.of());
  }

  /** No values yet. */
  public static Measurements of(String organizationId, String organizationName) {
    return new Measurements(organizationId, organizationName, Map.of(), Map.of());
  }

  /** How many participants the value of a name rests on, if known. */
  public java.util.OptionalLong sample(String name) {
    Long n = samples.get(name);
    return n == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(n);
  }

  /** A copy with one value and the number of participants it rests on. */
  public Measurements with(String name, BigDecimal value, long sample) {
    Map<String, BigDecimal> copy = new TreeMap<>(values);
    copy.put(name, value);
    Map<String, Long> n = new TreeMap<>(samples);
    n.put(name, sample);
    return new Measurements(organizationId, organizationName, copy, n);
  }

  /** The value of a name. */
  public Optional<BigDecimal> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A copy with one value. */
  public Measurements with(String name, BigDecimal value) {
    Map<String, BigDecimal> copy = new TreeMap<>(values);
    copy.put(name, value);
    return new Measurements(organizationId, organizationName, copy, samples);
  }

  private Measurements with(String name, OptionalDouble value, long sample) {
    return value.isPresent() ? with(name, BigDecimal.valueOf(value.getAsDouble()).setScale(2, RoundingMode.HALF_UP), sample) : this;
  }

  /** Adds every countable indicator value as «set/code»: counts, means, shares in percent. */
  public Measurements withIndicators(EvaluationResult result) {
    Measurements m = this;
    for (IndicatorResult r : result.results()) {
      Optional<BigDecimal> number = Dynamics.number(r.value());
      if (number.isPresent()) {
        m = r.value() instanceof io.github.vsoko.indicators.Share share
            ? m.with(r.definition().id(), number.get(), share.denominator())
            : m.with(r.definition().id(), number.get());
      }
    }
    return m;
  }

  /** Adds «attestation.progress», «attestation.quality», «attestation.sou», «attestation.mean». */
  public Measurements withAttestation(AttestationCounts counts, AttestationOptions options) {
    long n = counts.base();
    return with("attestation.progress", counts.progress(), n).with("attestation.quality", counts.quality(), n)
        .with("attestation.sou", counts.sou(options), n).with("attestation.mean", counts.meanMark(options), n);
  }

  /**
   * Adds «vpr.lowered», «vpr.confirmed», «vpr.raised», «vpr.gaps» (percent of the compared participants)
   * and «vpr.spearman» when known.
   */
  public Measurements withVpr(VprCounts counts, OptionalDouble spearman) {
    long n = counts.compared();
    Measurements m = this;
    if (n > 0) {
      m = m.with("vpr.lowered", OptionalDouble.of(100.0 * counts.lowered() / n), n)
          .with("vpr.confirmed", OptionalDouble.of(100.0 * counts.confirmed() / n), n)
          .with("vpr.raised", OptionalDouble.of(100.0 * counts.raised() / n), n)
          .with("vpr.gaps", OptionalDouble.of(100.0 * counts.gapsTwoOrMore() / n), n);
    }
    return spearman.isPresent()
        ? m.with("vpr.spearman", BigDecimal.valueOf(spearman.getAsDouble()).setScale(4, RoundingMode.HALF_UP), n) : m;
  }

  /**
   * The ВПР of a school over several works and files: the counts summed and the lowest r_s (the most alarming) —
   * then as {@link #withVpr(VprCounts, OptionalDouble)}; nothing is added for an empty list.
   */
  public Measurements withVpr(java.util.List<io.github.vsoko.analytics.vpr.VprSchoolResult> results) {
    VprCounts counts = null;
    OptionalDouble spearman = OptionalDouble.empty();
    for (io.github.vsoko.analytics.vpr.VprSchoolResult r : results) {
      counts = counts == null ? r.counts() : counts.plus(r.counts());
      if (r.spearman().isPresent() && (spearman.isEmpty() || r.spearman().getAsDouble() < spearman.getAsDouble())) {
        spearman = r.spearman();
      }
    }
    return counts == null ? this : withVpr(counts, spearman);
  }
}
