package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.ReportingPeriod;

/**
 * A mark of intermediate attestation (отметка промежуточной аттестации) for a term or the year.
 *
 * @param studentId the student
 * @param subject the subject
 * @param period the term or year the mark closes
 * @param value the mark
 * @since 0.1.0
 */
public record AttestationMark(String studentId, SchoolSubject subject, ReportingPeriod period, MarkValue value) {
  /** Validates the mark. */
  public AttestationMark {
    studentId = Checks.text(studentId, "student id");
    Checks.notNull(subject, "subject");
    Checks.notNull(period, "period");
    Checks.notNull(value, "mark");
  }
}
