package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.util.OptionalInt;

/**
 * The score for one task of a ВПР work («11.1 (1б)»).
 *
 * @param task the task label as in the header («1», «11.1»)
 * @param score points scored; empty when the task was not done («X», «-»)
 * @param maxPoints the task's maximum, when the header gives it
 * @since 0.1.0
 */
public record TaskScore(String task, OptionalInt score, OptionalInt maxPoints) {
  /** Validates the score. */
  public TaskScore {
    task = Checks.text(task, "task");
    Checks.notNull(score, "score");
    Checks.notNull(maxPoints, "max points");
    // built for every task of every participant of a region: the messages are made only when a check fails
    if (score.isPresent() && score.getAsInt() < 0) {
      Checks.nonNegative(score.getAsInt(), "score of task " + task);
    }
    if (maxPoints.isPresent() && (maxPoints.getAsInt() < 1 || maxPoints.getAsInt() > 100)) {
      Checks.range(maxPoints.getAsInt(), 1, 100, "max points of task " + task);
    }
    if (score.isPresent() && maxPoints.isPresent() && score.getAsInt() > maxPoints.getAsInt()) {
      throw new IllegalArgumentException("task " + task + " scored " + score.getAsInt()
          + " points, above its maximum of " + maxPoints.getAsInt());
    }
  }

  /** Whether the task was done (has a score, possibly 0). */
  public boolean done() {
    return score.isPresent();
  }
}
