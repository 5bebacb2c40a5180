package io.github.vsoko.model.management;

import io.github.vsoko.model.internal.Checks;

/**
 * What a follow-up found (контроль исполнения).
 *
 * @param doneByDeadline whether the recommendation was carried out by its deadline
 * @param controlIndicatorMoved whether the control indicator moved the desired way from its baseline
 * @param targetReached whether the control indicator reached its target
 * @since 0.1.0
 */
public record FollowUpResult(Verdict doneByDeadline, Verdict controlIndicatorMoved, Verdict targetReached) {
  /** Validates the result. */
  public FollowUpResult {
    Checks.notNull(doneByDeadline, "doneByDeadline");
    Checks.notNull(controlIndicatorMoved, "controlIndicatorMoved");
    Checks.notNull(targetReached, "targetReached");
  }
}
