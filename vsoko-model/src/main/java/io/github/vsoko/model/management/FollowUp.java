package io.github.vsoko.model.management;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A check of how a recommendation was carried out (контроль исполнения рекомендации).
 *
 * @param recommendationId the recommendation checked
 * @param checkedOn when it was checked
 * @param completedOn when the recommendation was carried out, if it was
 * @param observedValue the control indicator's value at the check
 * @since 0.1.0
 */
public record FollowUp(
    String recommendationId, LocalDate checkedOn, Optional<LocalDate> completedOn, Optional<BigDecimal> observedValue) {

  /** Validates the follow-up. */
  public FollowUp {
    recommendationId = Checks.text(recommendationId, "recommendation id");
    Checks.notNull(checkedOn, "checkedOn");
    Checks.notNull(completedOn, "completedOn");
    Checks.notNull(observedValue, "observedValue");
    if (completedOn.isPresent() && completedOn.get().isAfter(checkedOn)) {
      throw new IllegalArgumentException(
          "completion date " + completedOn.get() + " is after the check date " + checkedOn);
    }
  }

  /**
   * Judges the recommendation: done by its deadline in {@code year}? did its control indicator move?
   *
   * @throws IllegalArgumentException if this follow-up is about another recommendation
   */
  public FollowUpResult evaluate(Recommendation recommendation, AcademicYear year) {
    if (!recommendation.id().equals(recommendationId)) {
      throw new IllegalArgumentException(
          "follow-up of «" + recommendationId + "» cannot judge recommendation «" + recommendation.id() + "»");
    }
    Optional<LocalDate> deadline = recommendation.deadline().deadline(year);
    Verdict onTime;
    if (completedOn.isPresent()) {
      onTime = deadline.map(d -> Verdict.of(!completedOn.get().isAfter(d))).orElse(Verdict.YES);
    } else {
      onTime = deadline.filter(checkedOn::isAfter).isPresent() ? Verdict.NO : Verdict.UNKNOWN;
    }
    Verdict moved = Verdict.UNKNOWN;
    Verdict reached = Verdict.UNKNOWN;
    if (recommendation.control().isPresent() && observedValue.isPresent()) {
      ControlIndicator control = recommendation.control().get();
      BigDecimal value = observedValue.get();
      int sign = control.direction() == Direction.INCREASE ? 1 : -1;
      moved = control.baseline().map(b -> Verdict.of(sign * value.compareTo(b) > 0)).orElse(Verdict.UNKNOWN);
      reached = control.target().map(t -> Verdict.of(sign * value.compareTo(t) >= 0)).orElse(Verdict.UNKNOWN);
    }
    return new FollowUpResult(onTime, moved, reached);
  }
}
