package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.SchoolData;
import java.util.List;
import java.util.Objects;

/**
 * School data read from tables, with the problems found beside it.
 *
 * @param data the organization's data
 * @param problems problems found, file by file and row by row
 * @since 0.1.0
 */
public record SchoolTablesResult(SchoolData data, List<Problem> problems) {
  /** Validates and copies. */
  public SchoolTablesResult {
    Objects.requireNonNull(data, "data");
    problems = List.copyOf(problems);
  }
}
