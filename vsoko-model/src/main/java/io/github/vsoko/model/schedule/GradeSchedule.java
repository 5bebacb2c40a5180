package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.school.Grade;

/**
 * One variant of a {@link PerGrade} schedule: the schedule for a range of grades («Май 10-е классы»).
 *
 * @param schedule when it is due for these grades
 * @param from lowest grade
 * @param to highest grade, not below {@code from}
 * @since 0.1.0
 */
public record GradeSchedule(Schedule schedule, Grade from, Grade to) {
  /** Validates the variant. */
  public GradeSchedule {
    Checks.notNull(schedule, "schedule");
    Checks.notNull(from, "lowest grade");
    Checks.notNull(to, "highest grade");
    if (schedule instanceof PerGrade || schedule instanceof Unspecified || schedule instanceof ExternalSchedule) {
      throw new IllegalArgumentException("a per-grade variant needs a plain schedule, was " + schedule);
    }
    if (to.value() < from.value()) {
      throw new IllegalArgumentException("highest grade " + to + " is below lowest grade " + from);
    }
  }

  /** The variant for a single grade. */
  public static GradeSchedule of(Schedule schedule, Grade grade) {
    return new GradeSchedule(schedule, grade, grade);
  }

  /** Whether the variant covers {@code grade}. */
  public boolean covers(Grade grade) {
    return grade.value() >= from.value() && grade.value() <= to.value();
  }

  /** «9-е классы», «10–11-е классы». */
  public String gradesText() {
    return (from.equals(to) ? String.valueOf(from.value()) : from.value() + "–" + to.value()) + "-е классы";
  }
}
