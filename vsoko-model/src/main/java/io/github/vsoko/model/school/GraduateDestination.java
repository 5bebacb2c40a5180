package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;

/**
 * Where one graduate went on to.
 *
 * @param studentId the graduate
 * @param level the level completed: {@link EducationLevel#BASIC} (grade 9) or {@link EducationLevel#SECONDARY}
 * @param year the calendar year of graduation
 * @param destination where they went
 * @since 0.1.0
 */
public record GraduateDestination(String studentId, EducationLevel level, int year, DestinationKind destination) {
  /** Validates the record. */
  public GraduateDestination {
    studentId = Checks.text(studentId, "student id");
    Checks.notNull(level, "level completed");
    if (level == EducationLevel.PRIMARY) {
      throw new IllegalArgumentException("graduate destinations are for grades 9 and 11, not primary school");
    }
    Checks.range(year, 1990, 2999, "graduation year");
    Checks.notNull(destination, "destination");
    if (destination == DestinationKind.GRADE_10 && level != EducationLevel.BASIC) {
      throw new IllegalArgumentException("only grade 9 graduates can go on to grade 10");
    }
  }
}
