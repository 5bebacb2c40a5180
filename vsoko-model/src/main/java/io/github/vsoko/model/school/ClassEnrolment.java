package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A student's class in one academic year (класс обучающегося в учебном году): the history every analysis of a past
 * year takes the class from. A student who changes class within a year has one entry per class, with the dates.
 *
 * @param studentId the student
 * @param year the academic year
 * @param className the class in that year
 * @param from the day the student came into the class (прибыл), when not the start of the year
 * @param to the last day in the class (выбыл, переведён), when not the end of the year
 * @param outcome how the year in this class ended, when known
 * @since 0.1.0
 */
public record ClassEnrolment(String studentId, AcademicYear year, ClassName className, Optional<LocalDate> from,
    Optional<LocalDate> to, Optional<YearOutcome> outcome) {
  /** Validates. */
  public ClassEnrolment {
    studentId = Checks.text(studentId, "student id");
    Checks.notNull(year, "academic year of student " + studentId);
    Checks.notNull(className, "class of student " + studentId);
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(outcome, "outcome");
    for (Optional<LocalDate> d : java.util.List.of(from, to)) {
      if (d.isPresent() && !year.contains(d.get())) {
        throw new IllegalArgumentException("дата " + d.get() + " вне " + year + " учебного года (обучающийся " + studentId + ")");
      }
    }
    if (from.isPresent() && to.isPresent()) {
      Checks.order(from.get(), to.get(), "from", "to");
    }
  }

  /** A whole year in a class. */
  public static ClassEnrolment of(String studentId, AcademicYear year, ClassName className, YearOutcome outcome) {
    return new ClassEnrolment(studentId, year, className, Optional.empty(), Optional.empty(), Optional.of(outcome));
  }

  /** The first day in the class. */
  public LocalDate start() {
    return from.orElse(year.start());
  }

  /** The last day in the class. */
  public LocalDate end() {
    return to.orElse(year.end());
  }

  /** Whether the student was in the class on a day. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }
}
