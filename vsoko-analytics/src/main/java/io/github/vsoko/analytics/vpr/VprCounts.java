package io.github.vsoko.analytics.vpr;

import java.util.OptionalDouble;

/**
 * Counts of a ВПР comparison, which aggregate by summing (never by averaging percentages).
 *
 * @param participants non-absent rows with a primary score (участники)
 * @param absent rows marked «отсутствовал»
 * @param invalid non-absent rows without a usable primary score
 * @param noJournalMark participants without a journal mark (counted apart from the comparison)
 * @param noMark participants with a journal mark whose ВПР mark is unknown (no scale, no mark in the file)
 * @param lowered ВПР mark below the journal mark (понизили)
 * @param confirmed ВПР mark equal to the journal mark (подтвердили)
 * @param raised ВПР mark above the journal mark (повысили)
 * @param gapsTwoOrMore compared participants whose marks differ by two or more
 * @param scoreSum sum of the participants' primary scores
 * @param scoreSquares sum of their squares (for the standard deviation)
 * @param overMaximum rows whose primary score exceeds the scale's maximum (counted in {@code invalid})
 * @since 0.1.0
 */
public record VprCounts(long participants, long absent, long invalid, long noJournalMark, long noMark, long lowered,
    long confirmed, long raised, long gapsTwoOrMore, long scoreSum, long scoreSquares, long overMaximum) {
  /** Nothing counted. */
  public static final VprCounts ZERO = new VprCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The sum of two counts. */
  public VprCounts plus(VprCounts o) {
    return new VprCounts(participants + o.participants, absent + o.absent, invalid + o.invalid, noJournalMark + o.noJournalMark,
        noMark + o.noMark, lowered + o.lowered, confirmed + o.confirmed, raised + o.raised, gapsTwoOrMore + o.gapsTwoOrMore,
        scoreSum + o.scoreSum, scoreSquares + o.scoreSquares, overMaximum + o.overMaximum);
  }

  /** Participants compared with their journal mark: lowered + confirmed + raised. */
  public long compared() {
    return lowered + confirmed + raised;
  }

  /** The mean primary score; empty without participants. */
  public OptionalDouble meanPrimaryScore() {
    return participants == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scoreSum / participants);
  }

  /** The sample standard deviation of the primary score; empty for fewer than two participants. */
  public OptionalDouble scoreDeviation() {
    if (participants < 2) {
      return OptionalDouble.empty();
    }
    double mean = (double) scoreSum / participants;
    double variance = (scoreSquares - participants * mean * mean) / (participants - 1);
    return OptionalDouble.of(Math.sqrt(Math.max(0, variance)));
  }

  /**
   * «Доля обучающихся, подтвердивших промежуточную аттестацию по результатам ВПР», in percent of the
   * compared participants; empty when none was compared.
   */
  public OptionalDouble confirmedShare(ConfirmationRule rule) {
    long part = rule == ConfirmationRule.CONFIRMED ? confirmed : confirmed + raised;
    return compared() == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / compared());
  }
}
