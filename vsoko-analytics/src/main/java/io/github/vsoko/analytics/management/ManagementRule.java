package io.github.vsoko.analytics.management;

import io.github.vsoko.model.management.Direction;
import io.github.vsoko.model.management.Severity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule (правило): when a measurement is below or above a threshold, a finding of a severity, and a
 * draft recommendation. Texts may use {@code {value}}, {@code {threshold}} and {@code {organization}}.
 *
 * @param id stable id (also the prefix of finding and recommendation ids)
 * @param metric the measurement's name
 * @param below fires when the value is below this, if set
 * @param above fires when the value is above this, if set
 * @param observation the finding's text
 * @param severity the finding's severity
 * @param addressee to whom the recommendation goes (a role: «Руководители ОО», «Руководители МО»)
 * @param action what to do
 * @param responsible who answers for it
 * @param deadline by when, as plans write it («до 01.09.2025», «в течение учебного года»)
 * @param direction which way the measurement should move (the control indicator)
 * @param minSample the fewest participants (records, pupils) the measurement must rest on for the rule to judge; 0 for
 *     any
 * @since 0.1.0
 */
public record ManagementRule(String id, String metric, Optional<BigDecimal> below, Optional<BigDecimal> above, String observation,
    Severity severity, String addressee, String action, String responsible, String deadline, Direction direction, int minSample) {
  /** Validates. */
  public ManagementRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(below, "below");
    Objects.requireNonNull(above, "above");
    if (below.isEmpty() == above.isEmpty()) {
      throw new IllegalArgumentException("rule «" + id + "»: exactly one of «below» and «above» is needed");
    }
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(responsible, "responsible");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(direction, "direction");
    if (minSample < 0) {
      throw new IllegalArgumentException("rule «" + id + "»: «minSample» must not be negative, was " + minSample);
    }
  }

  /** A rule that judges a measurement whatever it rests on. */
  public ManagementRule(String id, String metric, Optional<BigDecimal> below, Optional<BigDecimal> above, String observation,
      Severity severity, String addressee, String action, String responsible, String deadline, Direction direction) {
    this(id, metric, below, above, observation, severity, addressee, action, responsible, deadline, direction, 0);
  }

  /**
   * Whether this rule, when it fires, makes {@code other}'s finding redundant: both look at the same measurement from
   * the same side, and this one's threshold is the stronger (above 40 % over above 20 %; below 80 % over below 95 %).
   */
  public boolean outranks(ManagementRule other) {
    if (!metric.equals(other.metric) || below.isPresent() != other.below.isPresent()) {
      return false;
    }
    int cmp = threshold().compareTo(other.threshold());
    return below.isPresent() ? cmp < 0 : cmp > 0;
  }

  /** The threshold. */
  public BigDecimal threshold() {
    return below.or(() -> above).orElseThrow();
  }

  /** Whether the rule fires for a value. */
  public boolean firesFor(BigDecimal value) {
    return below.map(t -> value.compareTo(t) < 0).orElseGet(() -> value.compareTo(above.orElseThrow()) > 0);
  }
}
