package io.github.vsoko.app;

import io.github.vsoko.analytics.gia.GiaAnalysis;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.report.GiaReport;
import io.github.vsoko.analytics.gia.GiaGroupResult;
import java.util.List;

/**
 * Итоги ГИА: means, marks, results below the minimum, exam marks against annual marks, and the ОГЭ/ГВЭ scales applied.
 *
 * @since 0.1.0
 */
public final class GiaWorkflow {
  /** Runs it. */
  public GiaOutcome run(GiaRequest request) {
    List<GiaSubjectResult> results = GiaAnalysis.analyse(request.data(), request.year(), request.minimums(), request.purpose(),
        request.scales());
    List<GiaGroupResult> groups = request.grouping().map(g -> GiaAnalysis.byGroup(request.data(), request.year(),
        request.minimums(), request.purpose(), request.scales(), g)).orElse(List.of());
    return new GiaOutcome(results, groups, GiaReport.build(request.data().organization().shortName(), request.year(),
        results, request.grouping(), groups, request.reportOptions()));
  }
}
