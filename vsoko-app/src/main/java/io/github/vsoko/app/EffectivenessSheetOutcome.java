package io.github.vsoko.app;

import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * Filled sheets.
 *
 * @param results one per school, in order
 * @param reports the sheet of one school, or the comparison followed by each school's sheet
 * @param summary totals, levels and unanswered criteria per school (kind {@code effectiveness-summary})
 * @since 0.1.0
 */
public record EffectivenessSheetOutcome(List<SheetResult> results, List<Report> reports, Report summary) {
  /** Validates and copies. */
  public EffectivenessSheetOutcome {
    results = List.copyOf(results);
    reports = List.copyOf(reports);
    Objects.requireNonNull(summary, "summary");
  }
}
