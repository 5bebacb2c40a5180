package io.github.vsoko.model.plan;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One deadline of a plan row judged on a date (статус срока): the deadline, the verdict and the records behind it.
 *
 * @param due the deadline
 * @param verdict how it stands
 * @param records what was recorded about it, in order
 * @since 0.1.0
 */
public record DeadlineStatus(LocalDate due, DeadlineVerdict verdict, List<Execution> records) {
  /** Validates the status. */
  public DeadlineStatus {
    Checks.notNull(due, "due date");
    Checks.notNull(verdict, "verdict");
    records = Checks.list(records, "records");
  }

  /**
   * Judges a deadline on {@code on} from its records: done by the deadline (or by the date it was moved to), done
   * later, moved to a date still to come, recorded as not done, overdue (no record, or the moved date passed too),
   * or not yet due.
   */
  public static DeadlineStatus judge(LocalDate due, List<Execution> records, LocalDate on) {
    Optional<Execution> done = records.stream().filter(r -> r.state() == ExecutionState.DONE).reduce((a, b) -> b);
    Optional<LocalDate> movedTo = records.stream().filter(r -> r.state() == ExecutionState.MOVED)
        .map(r -> r.date().orElseThrow()).max(LocalDate::compareTo);
    DeadlineVerdict verdict;
    if (done.isPresent()) {
      LocalDate day = done.get().date().orElseThrow();
      verdict = !day.isAfter(due) ? DeadlineVerdict.DONE
          : movedTo.isPresent() && !day.isAfter(movedTo.get()) ? DeadlineVerdict.DONE_AS_MOVED : DeadlineVerdict.DONE_LATE;
    } else if (records.stream().anyMatch(r -> r.state() == ExecutionState.NOT_DONE)) {
      verdict = DeadlineVerdict.NOT_DONE;
    } else if (movedTo.isPresent()) {
      verdict = on.isAfter(movedTo.get()) ? DeadlineVerdict.OVERDUE : DeadlineVerdict.MOVED;
    } else {
      verdict = on.isAfter(due) ? DeadlineVerdict.OVERDUE : DeadlineVerdict.UPCOMING;
    }
    return new DeadlineStatus(due, verdict, records);
  }

  /** The deadline in force: the latest date it was moved to, else the deadline. */
  public LocalDate deadlineInForce() {
    return records.stream().filter(r -> r.state() == ExecutionState.MOVED).map(r -> r.date().orElseThrow())
        .max(LocalDate::compareTo).orElse(due);
  }
}
