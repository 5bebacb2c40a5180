package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A student (обучающийся), pseudonymous: an id, the class, when they came and left, and the
 * facts order № 1324 counts. No names.
 *
 * @param id the caller's pseudonymous identifier
 * @param className the class («5А»), which fixes grade and level
 * @param enrolledOn date of enrolment
 * @param leftOn date of leaving (выбытие), if they left
 * @param flags facts about the student
 * @since 0.1.0
 */
public record Student(String id, ClassName className, LocalDate enrolledOn, Optional<LocalDate> leftOn, Set<StudentFlag> flags) {
  /** Validates the student. */
  public Student {
    id = Checks.text(id, "student id");
    Checks.notNull(className, "class of student " + id);
    Checks.notNull(enrolledOn, "enrolment date of student " + id);
    Checks.notNull(leftOn, "leaving date of student " + id);
    if (leftOn.isPresent()) {
      Checks.order(enrolledOn, leftOn.get(), "enrolment date of student " + id, "leaving date");
    }
    Checks.notNull(flags, "flags of student " + id);
    flags = flags.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /** A student with no flags who has not left. */
  public static Student of(String id, ClassName className, LocalDate enrolledOn) {
    return new Student(id, className, enrolledOn, Optional.empty(), Set.of());
  }

  /** A copy with the given flags. */
  public Student withFlags(Set<StudentFlag> value) {
    return new Student(id, className, enrolledOn, leftOn, value);
  }

  /** A copy that left on {@code date}. */
  public Student leaving(LocalDate date) {
    return new Student(id, className, enrolledOn, Optional.of(date), flags);
  }

  /** The grade. */
  public Grade grade() {
    return className.grade();
  }

  /** The level of education. */
  public EducationLevel level() {
    return className.level();
  }

  /** Whether the student is on the roll on {@code date} (enrolled and not yet left). */
  public boolean isEnrolledOn(LocalDate date) {
    return !date.isBefore(enrolledOn) && (leftOn.isEmpty() || date.isBefore(leftOn.get()));
  }

  /** Whether the student has the flag. */
  public boolean has(StudentFlag flag) {
    return flags.contains(flag);
  }
}
