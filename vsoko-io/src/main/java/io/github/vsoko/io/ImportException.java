package io.github.vsoko.io;

import java.util.List;

/**
 * An import that failed; {@link #problems()} lists every problem with its location.
 *
 * @since 0.1.0
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  private final transient List<ImportProblem> problems;

  /** Creates the exception. */
  public ImportException(List<ImportProblem> problems) {
    super(problems.isEmpty() ? "import failed" : problems.size() == 1 ? problems.get(0).toString()
        : problems.get(0) + " (и ещё проблем: " + (problems.size() - 1) + ")");
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order found. */
  public List<ImportProblem> problems() {
    return problems;
  }
}
