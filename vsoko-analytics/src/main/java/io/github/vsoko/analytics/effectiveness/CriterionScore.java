package io.github.vsoko.analytics.effectiveness;

import java.util.Objects;

/**
 * The score of one criterion with where it came from and the evidence shown.
 *
 * @param criterion the criterion
 * @param score the score (0 when unanswered)
 * @param source automatic, the school's answer or unanswered
 * @param evidence what the score rests on, in Russian
 * @since 0.1.0
 */
public record CriterionScore(SheetCriterion criterion, int score, ScoreSource source, String evidence) {
  /** Validates: the score is one the criterion allows. */
  public CriterionScore {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
    if (!criterion.scores().contains(score) && !(source == ScoreSource.UNANSWERED && score == 0)) {
      throw new IllegalArgumentException("criterion " + criterion.id() + " takes " + criterion.scores() + ", not " + score);
    }
  }

  /** The weighted score. */
  public int weighted() {
    return score * criterion.weight();
  }

  /** The weighted maximum. */
  public int weightedMax() {
    return criterion.maxScore() * criterion.weight();
  }
}
