package io.github.vsoko.analytics.attestation;

import java.util.OptionalDouble;

/**
 * Counts of attestation marks of a group, which aggregate by summing.
 *
 * @param five «5»
 * @param four «4»
 * @param three «3»
 * @param two «2»
 * @param notAttested «н/а» (stays in the denominator)
 * @param exempt «осв.» (out of the denominator)
 * @param credit «зачёт»/«незачёт» (no numeric mark; out of the denominator)
 * @since 0.1.0
 */
public record AttestationCounts(long five, long four, long three, long two, long notAttested, long exempt, long credit) {
  /** Nothing counted. */
  public static final AttestationCounts ZERO = new AttestationCounts(0, 0, 0, 0, 0, 0, 0);

  /** The sum. */
  public AttestationCounts plus(AttestationCounts o) {
    return new AttestationCounts(five + o.five, four + o.four, three + o.three, two + o.two, notAttested + o.notAttested,
        exempt + o.exempt, credit + o.credit);
  }

  /** The denominator (общее количество): «5» + «4» + «3» + «2» + «н/а». */
  public long base() {
    return five + four + three + two + notAttested;
  }

  /** Успеваемость, % = («5» + «4» + «3») / base × 100; empty for an empty base. */
  public OptionalDouble progress() {
    return share(five + four + three);
  }

  /** Качество знаний, % = («5» + «4») / base × 100. */
  public OptionalDouble quality() {
    return share(five + four);
  }

  /** СОУ, % = (100·«5» + 64·«4» + 36·«3» + 16·«2» + w·«н/а») / base, w = 7 or 0 by option. */
  public OptionalDouble sou(AttestationOptions options) {
    long b = base();
    if (b == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((100.0 * five + 64.0 * four + 36.0 * three + 16.0 * two + options.notAttestedSouWeight() * notAttested) / b);
  }

  /** Средний балл: the sum of marks over the number of marks (н/а out), or over the whole base, by option. */
  public OptionalDouble meanMark(AttestationOptions options) {
    long marks = five + four + three + two;
    long divisor = options.meanOverBase() ? base() : marks;
    return divisor == 0 ? OptionalDouble.empty() : OptionalDouble.of((5.0 * five + 4.0 * four + 3.0 * three + 2.0 * two) / divisor);
  }

  private OptionalDouble share(long part) {
    long b = base();
    return b == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / b);
  }
}
