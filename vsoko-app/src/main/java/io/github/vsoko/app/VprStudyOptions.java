package io.github.vsoko.app;

import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.report.ReportOptions;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a ВПР study (анализ ВПР) runs.
 *
 * @param scales the mark scales by work (bundled, one for all, or a table)
 * @param taskLevels task levels and completion thresholds by work
 * @param heuristics whether the non-official 20/40 % markers are added
 * @param distributions whether mark and score distributions are computed (the documents show them; the JSON does not
 *     need them)
 * @param threads files read at once; 0 for one per core
 * @param importOptions subject, grade, year and mode for exports that do not state them
 * @param title the report's title
 * @param date the report's date; by default 31 December of the latest year studied
 * @param reportOptions language of labels
 * @param schoolNames school names by ФИС ОКО login, printed instead of the login where known
 * @since 0.1.0
 */
public record VprStudyOptions(VprScales scales, VprTaskLevels taskLevels, boolean heuristics, boolean distributions,
    int threads, VprImportOptions importOptions, String title, Optional<LocalDate> date, ReportOptions reportOptions,
    java.util.Map<String, String> schoolNames) {
  /** Validates. */
  public VprStudyOptions {
    Objects.requireNonNull(scales, "scales");
    Objects.requireNonNull(taskLevels, "task levels");
    if (threads < 0) {
      throw new IllegalArgumentException("threads must not be negative, was " + threads);
    }
    Objects.requireNonNull(importOptions, "import options");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reportOptions, "report options");
    schoolNames = java.util.Map.copyOf(schoolNames);
  }

  /** Options that name schools by their ФИС ОКО login. */
  public VprStudyOptions(VprScales scales, VprTaskLevels taskLevels, boolean heuristics, boolean distributions, int threads,
      VprImportOptions importOptions, String title, Optional<LocalDate> date, ReportOptions reportOptions) {
    this(scales, taskLevels, heuristics, distributions, threads, importOptions, title, date, reportOptions, java.util.Map.of());
  }

  /** A copy that names schools by name where their ФИС ОКО login is known. */
  public VprStudyOptions withSchoolNames(java.util.Map<String, String> value) {
    return new VprStudyOptions(scales, taskLevels, heuristics, distributions, threads, importOptions, title, date, reportOptions,
        value);
  }

  /** Bundled scales, no heuristics, distributions computed, one thread per core, lenient import, Russian. */
  public static VprStudyOptions defaults() {
    return new VprStudyOptions(VprScales.bundled(), VprTaskLevels.none(), false, true, 0, VprImportOptions.defaults(),
        "Анализ результатов ВПР", Optional.empty(), ReportOptions.defaults());
  }

  /** A copy with other scales. */
  public VprStudyOptions withScales(VprScales value) {
    return new VprStudyOptions(value, taskLevels, heuristics, distributions, threads, importOptions, title, date, reportOptions,
        schoolNames);
  }

  /** A copy with other task levels. */
  public VprStudyOptions withTaskLevels(VprTaskLevels value) {
    return new VprStudyOptions(scales, value, heuristics, distributions, threads, importOptions, title, date, reportOptions,
        schoolNames);
  }

  /** A copy with another title and date. */
  public VprStudyOptions withTitle(String value, Optional<LocalDate> on) {
    return new VprStudyOptions(scales, taskLevels, heuristics, distributions, threads, importOptions, value, on, reportOptions,
        schoolNames);
  }

  /** A copy with other report options. */
  public VprStudyOptions withReportOptions(ReportOptions value) {
    return new VprStudyOptions(scales, taskLevels, heuristics, distributions, threads, importOptions, title, date, value,
        schoolNames);
  }
}
