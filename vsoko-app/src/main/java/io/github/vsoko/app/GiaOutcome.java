package io.github.vsoko.app;

import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * The results of ГИА by exam, form, subject and level.
 *
 * @param subjects one entry per subject of an exam form
 * @param groups each subject by class or teacher when the request asked for it, else empty
 * @param report the report (kind {@code gia}) with the subjects' data
 * @param warnings what could not be judged (an ЕГЭ subject whose minimum the table lacks for the year), also in the report
 * @since 0.1.0
 */
public record GiaOutcome(List<GiaSubjectResult> subjects, List<io.github.vsoko.analytics.gia.GiaGroupResult> groups,
    Report report, List<String> warnings) {
  /** Validates and copies. */
  public GiaOutcome {
    subjects = List.copyOf(subjects);
    groups = List.copyOf(groups);
    Objects.requireNonNull(report, "report");
    warnings = List.copyOf(warnings);
  }
}
