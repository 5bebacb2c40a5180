package io.github.vsoko.app;

import io.github.vsoko.analytics.literacy.LiteracyGroup;
import io.github.vsoko.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * Functional literacy by direction and group.
 *
 * @param groups one entry per direction and group; empty when the period has no diagnostics
 * @param report the report (kind {@code literacy}) with the groups' data
 * @since 0.1.0
 */
public record LiteracyOutcome(List<LiteracyGroup> groups, Report report) {
  /** Validates and copies. */
  public LiteracyOutcome {
    groups = List.copyOf(groups);
    Objects.requireNonNull(report, "report");
  }
}
