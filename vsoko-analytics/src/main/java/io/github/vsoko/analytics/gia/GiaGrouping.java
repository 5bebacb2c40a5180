package io.github.vsoko.analytics.gia;

/**
 * What ГИА results are grouped by beyond the subject.
 *
 * @since 0.1.0
 */
public enum GiaGrouping {
  /** Класс: the student's class before the exams. */
  CLASS,
  /** Учитель: the teacher of the subject in that class in the exam year, from the teaching assignments. */
  TEACHER
}
