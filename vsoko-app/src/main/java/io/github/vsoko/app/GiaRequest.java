package io.github.vsoko.app;

import io.github.vsoko.analytics.gia.ExamScales;
import io.github.vsoko.analytics.gia.GiaMinimums;
import io.github.vsoko.analytics.gia.MinimumPurpose;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.ReportOptions;
import java.util.Objects;

/**
 * What the results of state final attestation (итоги ГИА) are computed for.
 *
 * @param data the organization's data with its exam results
 * @param year the year of the exams
 * @param minimums the minimum-score tables
 * @param purpose which ЕГЭ minimum applies (certificate, admission, ministry universities)
 * @param scales the ОГЭ/ГВЭ mark scales
 * @param reportOptions language
 * @param grouping by class or teacher as well as by subject, if asked
 * @param mapping the subjects an exam's subject is made of, for the annual mark it is compared with («Математика» =
 *     «Алгебра» + «Геометрия» by default)
 * @since 0.1.0
 */
public record GiaRequest(SchoolData data, int year, GiaMinimums minimums, MinimumPurpose purpose, ExamScales scales,
    ReportOptions reportOptions, java.util.Optional<io.github.vsoko.analytics.gia.GiaGrouping> grouping,
    io.github.vsoko.analytics.gia.AnnualMarkMapping mapping) {
  /** Validates. */
  public GiaRequest {
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(minimums, "minimums");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(scales, "scales");
    Objects.requireNonNull(reportOptions, "report options");
  }

  /** By subject only. */
  public GiaRequest(SchoolData data, int year, GiaMinimums minimums, MinimumPurpose purpose, ExamScales scales,
      ReportOptions reportOptions) {
    this(data, year, minimums, purpose, scales, reportOptions, java.util.Optional.empty(),
        io.github.vsoko.analytics.gia.AnnualMarkMapping.standard());
  }

  /** The same, the annual mark of an exam found by another mapping of subjects. */
  public GiaRequest withMapping(io.github.vsoko.analytics.gia.AnnualMarkMapping value) {
    return new GiaRequest(data, year, minimums, purpose, scales, reportOptions, grouping, value);
  }

  /** The same, with each subject also by class or by teacher. */
  public GiaRequest withGrouping(io.github.vsoko.analytics.gia.GiaGrouping value) {
    return new GiaRequest(data, year, minimums, purpose, scales, reportOptions, java.util.Optional.of(value), mapping);
  }

  /** A year with the bundled tables and scales, the certificate minimum, Russian. */
  public static GiaRequest of(SchoolData data, int year) {
    return new GiaRequest(data, year, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE, ExamScales.bundled(),
        ReportOptions.defaults());
  }
}
