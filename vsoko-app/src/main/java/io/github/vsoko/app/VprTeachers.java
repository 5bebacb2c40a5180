package io.github.vsoko.app;

import io.github.vsoko.analytics.vpr.VprTeacherResult;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.time.AcademicYear;
import java.util.List;

/**
 * Who taught a ВПР work's subject in a class, from a school's teaching assignments (нагрузка): the academic year the
 * work was written in (spring of the work's year), the work's subject — and for mathematics from grade 7, where the
 * journal's subject is algebra, the teacher of algebra.
 *
 * @since 0.1.0
 */
public final class VprTeachers {
  private VprTeachers() {}

  /** The lookup over a school's assignments. */
  public static VprTeacherResult.Teachers of(SchoolData data) {
    return (work, className) -> {
      AcademicYear year = AcademicYear.starting(work.year() - 1);
      List<String> teachers = data.teachersOf(className, work.subject(), year);
      if (teachers.isEmpty() && work.subject().equals(SchoolSubject.MATHEMATICS)) {
        teachers = data.teachersOf(className, SchoolSubject.ALGEBRA, year);
      }
      return teachers;
    };
  }
}
