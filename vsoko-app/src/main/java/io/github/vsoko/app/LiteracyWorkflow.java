package io.github.vsoko.app;

import io.github.vsoko.analytics.literacy.LiteracyAnalysis;
import io.github.vsoko.analytics.literacy.LiteracyGroup;
import io.github.vsoko.report.LiteracyReport;
import java.util.List;

/**
 * Functional literacy: shares of students by level (недостаточный … высокий) by direction for classes, parallels or
 * the school, counting each student's latest diagnostic of the period.
 *
 * @since 0.1.0
 */
public final class LiteracyWorkflow {
  /** Runs it. */
  public LiteracyOutcome run(LiteracyRequest request) {
    List<LiteracyGroup> groups = LiteracyAnalysis.analyse(request.data(), request.period(), request.grouping());
    return new LiteracyOutcome(groups, LiteracyReport.build(request.data().organization().shortName(), request.period().label(),
        groups, request.period().end(), request.reportOptions()));
  }
}
