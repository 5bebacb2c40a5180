package io.github.vsoko.model.problem;

import java.util.List;

/**
 * Input that could not be used (ошибка входных данных); {@link #problems()} lists every problem found with its
 * location, and the message names the first and how many more there are.
 *
 * @since 0.1.0
 */
public class ProblemException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found. */
  private final transient List<Problem> problems;

  /** The exception of the problems found (at least one). */
  public ProblemException(List<Problem> problems) {
    this(problems, null);
  }

  /** The exception of one problem and the error that caused it. */
  public ProblemException(Problem problem, Throwable cause) {
    this(List.of(problem), cause);
  }

  private ProblemException(List<Problem> problems, Throwable cause) {
    super(message(problems), cause);
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a problem exception needs at least one problem");
    }
    return problems.size() == 1 ? problems.get(0).toString()
        : problems.get(0) + " (и ещё проблем: " + (problems.size() - 1) + ")";
  }

  /** The problems, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
