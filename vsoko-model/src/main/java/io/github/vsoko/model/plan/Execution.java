package io.github.vsoko.model.plan;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A record of one deadline of a plan row (отметка о выполнении): done on a date with the document produced, moved to
 * a new date for a reason, or not done. A recurring row has one record per deadline («Декабрь, июнь»: December's and
 * June's), each naming the deadline it answers.
 *
 * @param due the deadline it answers, one of the row's due dates
 * @param state done, moved or not done
 * @param date the day it was done (done) or the new deadline (moved); empty when not done
 * @param document the document produced (справка, приказ, протокол), when done
 * @param reason why it was moved or not done
 * @since 0.1.0
 */
public record Execution(LocalDate due, ExecutionState state, Optional<LocalDate> date, Optional<String> document,
    Optional<String> reason) {
  /** Validates the record. */
  public Execution {
    Checks.notNull(due, "due date");
    Checks.notNull(state, "state");
    Checks.notNull(date, "date");
    document = Checks.optionalText(document, "document");
    reason = Checks.optionalText(reason, "reason");
    if (state != ExecutionState.NOT_DONE && date.isEmpty()) {
      throw new IllegalArgumentException("«" + state.russianName() + "» needs a date (done on / moved to)");
    }
    if (state == ExecutionState.NOT_DONE && date.isPresent()) {
      throw new IllegalArgumentException("«не выполнено» has no date, was " + date.get());
    }
    if (state == ExecutionState.MOVED && !date.get().isAfter(due)) {
      throw new IllegalArgumentException("a deadline of " + due + " is moved to a later date, was " + date.get());
    }
    if (state != ExecutionState.DONE && document.isPresent()) {
      throw new IllegalArgumentException("only work done produces a document, was «" + state.russianName() + "»");
    }
  }

  /** Done on {@code on}, producing {@code document} (may be empty). */
  public static Execution done(LocalDate due, LocalDate on, Optional<String> document) {
    return new Execution(due, ExecutionState.DONE, Optional.of(on), document, Optional.empty());
  }

  /** Moved to {@code to}, for {@code reason} (may be empty). */
  public static Execution moved(LocalDate due, LocalDate to, Optional<String> reason) {
    return new Execution(due, ExecutionState.MOVED, Optional.of(to), Optional.empty(), reason);
  }

  /** Not done, for {@code reason} (may be empty). */
  public static Execution notDone(LocalDate due, Optional<String> reason) {
    return new Execution(due, ExecutionState.NOT_DONE, Optional.empty(), Optional.empty(), reason);
  }
}
