package io.github.vsoko.app;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprTeacherResult;
import io.github.vsoko.analytics.vpr.VprDistribution;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * A ВПР study: the analysis merged over every file, what could not be judged, and the report.
 *
 * @param analysis marks against journal marks per school and work, the objectivity markers, the total
 * @param distributions mark and score distributions (empty if not asked for)
 * @param problems problems of the files' rows, located; good rows were kept
 * @param unscaledWorks works with participants without a mark and without a scale to give one
 * @param unscaled participants not compared with a journal mark for lack of a scale
 * @param overMaximum participants whose primary score exceeds the scale's maximum (counted invalid)
 * @param report the report (kind {@code vpr}); its JSON is the study's fixed schema
 * @param teachers the comparison by teacher, when the teaching assignments were given
 * @param statistics the ФИС ОКО statistics reports found among the files (the comparison baseline)
 * @param skipped the files that could not be read, each with its located reason; the others were analysed
 * @since 0.1.0
 */
public record VprStudyOutcome(VprAnalysisResult analysis, List<VprDistribution> distributions, List<Problem> problems,
    List<VprWork> unscaledWorks, long unscaled, long overMaximum, Report report, List<VprTeacherResult> teachers,
    List<io.github.vsoko.io.VprStatisticsResult> statistics, List<SkippedFile> skipped) {
  /** An outcome without statistics and skipped files. */
  public VprStudyOutcome(VprAnalysisResult analysis, List<VprDistribution> distributions, List<Problem> problems,
      List<VprWork> unscaledWorks, long unscaled, long overMaximum, Report report, List<VprTeacherResult> teachers) {
    this(analysis, distributions, problems, unscaledWorks, unscaled, overMaximum, report, teachers, List.of(), List.of());
  }

  /** An outcome without the comparison by teacher. */
  public VprStudyOutcome(VprAnalysisResult analysis, List<VprDistribution> distributions, List<Problem> problems,
      List<VprWork> unscaledWorks, long unscaled, long overMaximum, Report report) {
    this(analysis, distributions, problems, unscaledWorks, unscaled, overMaximum, report, List.of());
  }

  /** Validates and copies. */
  public VprStudyOutcome {
    teachers = List.copyOf(teachers);
    statistics = List.copyOf(statistics);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(analysis, "analysis");
    distributions = List.copyOf(distributions);
    problems = List.copyOf(problems);
    unscaledWorks = List.copyOf(unscaledWorks);
    Objects.requireNonNull(report, "report");
  }
}
