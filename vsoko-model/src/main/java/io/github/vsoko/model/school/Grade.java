package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;

/**
 * A school grade (класс, параллель) from 1 to 12; grade 12 exists only in evening (сменные)
 * schools.
 *
 * @param value the grade number
 * @since 0.1.0
 */
public record Grade(int value) implements Comparable<Grade> {
  /** The highest grade a general-education school may have. */
  public static final int MAX = 12;

  /** Validates the number. */
  public Grade {
    Checks.range(value, 1, MAX, "grade");
  }

  /** The grade with the given number. */
  public static Grade of(int value) {
    return new Grade(value);
  }

  /** The level of general education the grade belongs to. */
  public EducationLevel level() {
    return EducationLevel.ofGrade(this);
  }

  @Override
  public int compareTo(Grade other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
