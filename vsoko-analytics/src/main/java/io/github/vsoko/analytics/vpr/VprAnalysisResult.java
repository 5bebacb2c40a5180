package io.github.vsoko.analytics.vpr;

import java.util.List;
import java.util.Objects;

/**
 * The result of a ВПР analysis: one entry per school and file, and the total (sum of the counts).
 *
 * @param schools entries sorted by work, school and file
 * @param total the sum of all entries' counts
 * @since 0.1.0
 */
public record VprAnalysisResult(List<VprSchoolResult> schools, VprCounts total) {
  /** Validates and copies. */
  public VprAnalysisResult {
    schools = List.copyOf(schools);
    Objects.requireNonNull(total, "total");
  }

  /** The share of marked school entries and the objectivity index {@code 100 − % marked}. */
  public double objectivityIndex() {
    if (schools.isEmpty()) {
      return 100;
    }
    long marked = schools.stream().filter(s -> s.markers().stream().anyMatch(ObjectivityMarker::official)).count();
    return 100 - 100.0 * marked / schools.size();
  }
}
