package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;

/**
 * Who taught a subject in a class in an academic year (учебная нагрузка, педагог — класс — предмет): what groups marks
 * and ВПР by teacher. Several teachers of one subject in one class (groups) are several assignments.
 *
 * @param staffId the teacher, by the staff id (a pseudonym)
 * @param year the academic year
 * @param className the class
 * @param subject the subject
 * @since 0.1.0
 */
public record TeachingAssignment(String staffId, AcademicYear year, ClassName className, SchoolSubject subject) {
  /** Validates. */
  public TeachingAssignment {
    staffId = Checks.text(staffId, "staff id");
    Checks.notNull(year, "academic year");
    Checks.notNull(className, "class");
    Checks.notNull(subject, "subject");
  }
}
