package io.github.vsoko.app;

import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.report.ReportOptions;
import java.util.Objects;

/**
 * What the results of intermediate attestation (итоги промежуточной аттестации) are computed for.
 *
 * @param data the organization's data with its marks
 * @param year the academic year
 * @param periodKind the year, a half-year, a quarter or a trimester
 * @param periodNumber which one (1 for the year)
 * @param grouping by class, grade, level, subject, class and subject, or the whole school
 * @param options СОУ weight of «н/а», mean over marks or base, leavers
 * @param reportOptions language
 * @since 0.1.0
 */
public record AttestationRequest(SchoolData data, AcademicYear year, PeriodKind periodKind, int periodNumber,
    AttestationGrouping grouping, AttestationOptions options, ReportOptions reportOptions) {
  /** Validates. */
  public AttestationRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(periodKind, "period kind");
    if (periodNumber < 1 || periodNumber > periodKind.maxNumber()) {
      throw new IllegalArgumentException(periodKind.russianName() + ": номер от 1 до " + periodKind.maxNumber() + ", получено "
          + periodNumber);
    }
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(reportOptions, "report options");
  }

  /** The academic year by class with default options. */
  public static AttestationRequest of(SchoolData data, AcademicYear year) {
    return new AttestationRequest(data, year, PeriodKind.ACADEMIC_YEAR, 1, AttestationGrouping.CLASS, AttestationOptions.defaults(),
        ReportOptions.defaults());
  }
}
