package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One student's participation in an olympiad, смотр or contest.
 *
 * @param studentId the student
 * @param event the event's name («ВсОШ по математике, муниципальный этап»)
 * @param subject the subject, for subject olympiads
 * @param level the level
 * @param status participant, prize-winner or winner
 * @param date the date of the result
 * @since 0.1.0
 */
public record ContestResult(
    String studentId, String event, Optional<SchoolSubject> subject, ContestLevel level, ContestStatus status,
    LocalDate date) {
  /** Validates the result. */
  public ContestResult {
    studentId = Checks.text(studentId, "student id");
    event = Checks.text(event, "event");
    Checks.notNull(subject, "subject");
    Checks.notNull(level, "contest level");
    Checks.notNull(status, "contest status");
    Checks.notNull(date, "contest date");
  }
}
