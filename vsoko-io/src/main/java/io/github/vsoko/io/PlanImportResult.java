package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A plan or road map read from a table, with the problems found.
 *
 * @param <T> {@link io.github.vsoko.model.plan.VsokoPlan} or {@link io.github.vsoko.model.plan.RoadMap}
 * @param value what was read
 * @param problems problems found, in row order
 * @since 0.1.0
 */
public record PlanImportResult<T>(T value, List<Problem> problems) {
  /** Validates and copies. */
  public PlanImportResult {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
  }
}
