package io.github.vsoko.analytics.vpr;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of a ВПР analysis: one entry per school and file, one per school, work and class where the rows name
 * the class, and the total (sum of the counts).
 *
 * @param schools entries sorted by work, school and file
 * @param classes entries sorted by work, school and class; empty when no row names its class
 * @param total the sum of all school entries' counts
 * @since 0.1.0
 */
public record VprAnalysisResult(List<VprSchoolResult> schools, List<VprClassResult> classes, VprCounts total) {
  /** Validates and copies. */
  public VprAnalysisResult {
    schools = List.copyOf(schools);
    classes = List.copyOf(classes);
    Objects.requireNonNull(total, "total");
  }

  /** A result without classes. */
  public VprAnalysisResult(List<VprSchoolResult> schools, VprCounts total) {
    this(schools, List.of(), total);
  }

  /** The classes of a school in a work, in class order. */
  public List<VprClassResult> classes(String school, VprWork work) {
    return classes.stream().filter(c -> c.school().equals(school) && c.work().equals(work)).toList();
  }

  /**
   * The objectivity index over classes: {@code 100 − %} of class entries (a class in a work) with any marker,
   * official or from the comparison of classes; empty when no row names its class.
   */
  public OptionalDouble classObjectivityIndex() {
    if (classes.isEmpty()) {
      return OptionalDouble.empty();
    }
    long marked = classes.stream().filter(VprClassResult::marked).count();
    return OptionalDouble.of(100 - 100.0 * marked / classes.size());
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
