package io.github.vsoko.indicators.order1324;

/**
 * Base of 1.5 (успевающие на «4» и «5»).
 *
 * @since 0.1.0
 */
public enum AttestationBase {
  /** All students, 1.1, as the order words it (default). */
  ALL_STUDENTS,
  /** Students who have at least one numeric annual mark (first-graders and unmarked students left out). */
  GRADED_STUDENTS
}
