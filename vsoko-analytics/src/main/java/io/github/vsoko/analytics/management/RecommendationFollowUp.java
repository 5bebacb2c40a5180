package io.github.vsoko.analytics.management;

import io.github.vsoko.model.framework.FreeTextIndicator;
import io.github.vsoko.model.framework.RegisteredIndicator;
import io.github.vsoko.model.management.FollowUp;
import io.github.vsoko.model.management.FollowUpResult;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RecommendationStatus;
import io.github.vsoko.model.management.Verdict;
import io.github.vsoko.model.plan.Execution;
import io.github.vsoko.model.plan.ExecutionState;
import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Last year's recommendation checked against this year's data (контроль исполнения адресной рекомендации): what was
 * recorded about carrying it out, whether by its deadline, and the control indicator's value now beside its baseline
 * and target — moved the desired way, target reached.
 *
 * @param recommendation the recommendation
 * @param record the last record about carrying it out (done, moved, not done), if any
 * @param observed the control indicator's value in this year's data; empty when the data do not give it
 * @param result done by the deadline, moved the right way, target reached (each yes, no or «нет данных»)
 * @since 0.1.0
 */
public record RecommendationFollowUp(Recommendation recommendation, Optional<Execution> record, Optional<BigDecimal> observed,
    FollowUpResult result) {
  /** Validates. */
  public RecommendationFollowUp {
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(result, "result");
  }

  /**
   * Checks a recommendation.
   *
   * @param recommendation last year's recommendation
   * @param now this year's measurements of the organization it is addressed to, if that organization was measured
   * @param year the academic year it was to be carried out in (its deadline is read in that year)
   * @param on the day of the check
   */
  public static RecommendationFollowUp check(Recommendation recommendation, Optional<Measurements> now, AcademicYear year,
      LocalDate on) {
    Optional<Execution> last = recommendation.executions().stream().reduce((a, b) -> b);
    Optional<LocalDate> doneOn = recommendation.executions().stream().filter(e -> e.state() == ExecutionState.DONE)
        .map(e -> e.date().orElseThrow()).max(LocalDate::compareTo).filter(d -> !d.isAfter(on));
    Optional<BigDecimal> observed = recommendation.control().flatMap(c -> now.flatMap(m -> m.value(metric(c.indicator()))));
    FollowUpResult judged = new FollowUp(recommendation.id(), on, doneOn, observed).evaluate(recommendation, year);
    if (doneOn.isEmpty() && recommendation.status() == RecommendationStatus.DONE) {
      // marked done without a date: done, but whether by the deadline nobody can say
      judged = new FollowUpResult(Verdict.UNKNOWN, judged.controlIndicatorMoved(), judged.targetReached());
    }
    Optional<LocalDate> movedTo = recommendation.executions().stream().filter(e -> e.state() == ExecutionState.MOVED)
        .map(e -> e.date().orElseThrow()).max(LocalDate::compareTo);
    if (doneOn.isPresent() && movedTo.isPresent() && !doneOn.get().isAfter(movedTo.get())) {
      judged = new FollowUpResult(Verdict.YES, judged.controlIndicatorMoved(), judged.targetReached()); // by the date it was moved to
    } else if (doneOn.isEmpty() && movedTo.isPresent() && !on.isAfter(movedTo.get())) {
      judged = new FollowUpResult(Verdict.UNKNOWN, judged.controlIndicatorMoved(), judged.targetReached()); // the new date is ahead
    }
    return new RecommendationFollowUp(recommendation, last, observed, judged);
  }

  /** The measurement a control indicator names: a registered indicator's id, or the measurement's name as text. */
  static String metric(io.github.vsoko.model.framework.IndicatorReference indicator) {
    if (indicator instanceof RegisteredIndicator r) {
      return r.id();
    }
    return ((FreeTextIndicator) indicator).text();
  }
}
