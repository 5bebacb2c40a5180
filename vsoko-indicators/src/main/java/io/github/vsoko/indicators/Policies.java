package io.github.vsoko.indicators;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Chosen policy values; any policy not set takes its documented default. Immutable.
 *
 * @since 0.1.0
 */
public final class Policies {
  private static final Policies DEFAULTS = new Policies(Map.of());
  private final Map<String, Object> values;

  private Policies(Map<String, Object> values) {
    this.values = values;
  }

  /** Every policy at its default. */
  public static Policies defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with one policy set.
   *
   * @throws IllegalArgumentException naming the policy when the value is outside its declared range
   */
  public <T> Policies with(PolicyKey<T> key, T value) {
    Objects.requireNonNull(key, "policy");
    Objects.requireNonNull(value, "value of policy " + key.name());
    key.parse(key.print(value)); // refused where it is set: a number outside the declared range names the policy
    Map<String, Object> copy = new TreeMap<>(values);
    copy.put(key.name(), value);
    return new Policies(Map.copyOf(copy));
  }

  /**
   * Policies from text such as {@code name=value} pairs (from a command line or a file).
   *
   * @throws IllegalArgumentException naming an unknown policy or a bad value
   */
  public static Policies parse(Map<String, String> texts, Collection<PolicyKey<?>> known) {
    Map<String, PolicyKey<?>> byName = new LinkedHashMap<>();
    known.forEach(k -> byName.put(k.name(), k));
    Policies policies = defaults();
    for (Map.Entry<String, String> e : new TreeMap<>(texts).entrySet()) {
      PolicyKey<?> key = byName.get(e.getKey());
      if (key == null) {
        throw new IllegalArgumentException("неизвестное правило «" + e.getKey() + "»; известны: " + byName.keySet());
      }
      policies = policies.withParsed(key, e.getValue());
    }
    return policies;
  }

  private <T> Policies withParsed(PolicyKey<T> key, String text) {
    return with(key, key.parse(text));
  }

  /** The value of a policy: the one set, else the default. */
  @SuppressWarnings("unchecked")
  public <T> T get(PolicyKey<T> key) {
    Object value = values.get(key.name());
    return value == null ? key.defaultValue() : (T) value;
  }

  /** Policies set explicitly, by name. */
  public Map<String, Object> explicit() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Policies other && other.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Policies" + new TreeMap<>(values);
  }
}
