package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One participant's row of a ВПР (всероссийская проверочная работа) export. Participants are
 * identified only by their code.
 *
 * @param participantCode the participant code from ФИС ОКО
 * @param schoolLogin the school's ФИС ОКО login
 * @param className the class, when given; its grade may differ from the work's (in autumn 2020 pupils of
 *     grade 5 wrote the grade-4 works)
 * @param subject the subject
 * @param grade the grade the work is for
 * @param year the calendar year of the work
 * @param variant the variant; empty when absent
 * @param absent whether the participant was absent («отсутствовал»)
 * @param tasks per-task scores, in header order
 * @param primaryScore total primary score; empty when absent or unreadable
 * @param mark the mark from the export or the scale, when known
 * @param journalMark the journal mark for the previous term (2–5); empty when missing
 * @since 0.1.0
 */
public record VprResult(
    String participantCode,
    String schoolLogin,
    Optional<ClassName> className,
    SchoolSubject subject,
    Grade grade,
    int year,
    Optional<String> variant,
    boolean absent,
    List<TaskScore> tasks,
    OptionalInt primaryScore,
    Optional<MarkValue> mark,
    Optional<MarkValue> journalMark) {

  /** Validates the row. */
  public VprResult {
    participantCode = Checks.text(participantCode, "participant code");
    schoolLogin = Checks.text(schoolLogin, "school login");
    Checks.notNull(className, "class");
    Checks.notNull(subject, "subject");
    Checks.notNull(grade, "grade");
    Checks.range(year, 2015, 2999, "ВПР year");
    variant = Checks.optionalText(variant, "variant");
    tasks = Checks.list(tasks, "tasks");
    Checks.notNull(primaryScore, "primary score");
    if (primaryScore.isPresent() && primaryScore.getAsInt() < 0) { // the message only when it fails: a region has millions
      Checks.nonNegative(primaryScore.getAsInt(), "primary score of participant " + participantCode);
    }
    Checks.notNull(mark, "mark");
    Checks.notNull(journalMark, "journal mark");
    requireNumeric(mark, "ВПР mark", participantCode);
    requireNumeric(journalMark, "journal mark", participantCode);
    if (absent && (primaryScore.isPresent() || mark.isPresent())) {
      throw new IllegalArgumentException("participant " + participantCode + " is absent but has a score or mark");
    }
  }

  private static void requireNumeric(Optional<MarkValue> mark, String what, String code) {
    if (mark.isPresent() && !mark.get().isNumeric()) {
      throw new IllegalArgumentException(what + " of participant " + code + " must be 2–5, was «" + mark.get().label() + "»");
    }
  }

  /** Whether the row counts as a participant: not absent and with a primary score. */
  public boolean isParticipant() {
    return !absent && primaryScore.isPresent();
  }

  /** The sum of the tasks' maximum points, when every task header gives one. */
  public OptionalInt maxScore() {
    if (tasks.isEmpty() || tasks.stream().anyMatch(t -> t.maxPoints().isEmpty())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(tasks.stream().mapToInt(t -> t.maxPoints().getAsInt()).sum());
  }
}
