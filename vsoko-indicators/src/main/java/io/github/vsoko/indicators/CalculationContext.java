package io.github.vsoko.indicators;

import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a calculator computes from: the organization's data, its reporting period (the calendar year
 * by default, stock values as of 31 December) and the chosen policies. The context notes every
 * policy a calculator reads, so that each value records the policies it used. One context serves
 * one calculation; it is not shared between threads.
 *
 * @since 0.1.0
 */
public final class CalculationContext {
  private final SchoolData data;
  private final Policies policies;
  private final Map<String, String> used = new TreeMap<>();

  private CalculationContext(SchoolData data, Policies policies) {
    this.data = Objects.requireNonNull(data, "data");
    this.policies = Objects.requireNonNull(policies, "policies");
  }

  /** A fresh context for one calculation. */
  public static CalculationContext of(SchoolData data, Policies policies) {
    return new CalculationContext(data, policies);
  }

  /** The organization's data. */
  public SchoolData data() {
    return data;
  }

  /** The reporting period of the data. */
  public ReportingPeriod period() {
    return data.period();
  }

  /** The date stock values are counted on. */
  public LocalDate asOfDate() {
    return data.period().asOfDate();
  }

  /** The value of a policy; the read is recorded. */
  public <T> T policy(PolicyKey<T> key) {
    T value = policies.get(key);
    used.put(key.name(), key.print(value));
    return value;
  }

  /** The policies read so far, by name, with the values used. */
  public Map<String, String> usedPolicies() {
    return Collections.unmodifiableMap(used);
  }
}
