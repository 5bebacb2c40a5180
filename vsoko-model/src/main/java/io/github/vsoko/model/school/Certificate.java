package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;

/**
 * A graduate's certificate outcome (аттестат об основном / среднем общем образовании).
 *
 * @param studentId the graduate
 * @param level {@link EducationLevel#BASIC} for grade 9, {@link EducationLevel#SECONDARY} for grade 11
 * @param year the calendar year of graduation
 * @param status issued, with honours or not issued
 * @since 0.1.0
 */
public record Certificate(String studentId, EducationLevel level, int year, CertificateStatus status) {
  /** Validates the certificate. */
  public Certificate {
    studentId = Checks.text(studentId, "student id");
    Checks.notNull(level, "certificate level");
    if (level == EducationLevel.PRIMARY) {
      throw new IllegalArgumentException("there is no certificate of primary general education");
    }
    Checks.range(year, 1990, 2999, "certificate year");
    Checks.notNull(status, "certificate status");
  }
}
