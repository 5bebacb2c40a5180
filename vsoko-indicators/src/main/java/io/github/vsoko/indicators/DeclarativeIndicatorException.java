package io.github.vsoko.indicators;

import java.util.List;

/**
 * A declarative indicator definition that cannot be loaded; each problem names the file, line and
 * column («acme.yaml:12:7: unknown field «flag» of students; known: …»).
 *
 * @since 0.1.0
 */
public final class DeclarativeIndicatorException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, in file order. */
  private final List<String> problems;

  /** Creates the exception from its problems. */
  public DeclarativeIndicatorException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order, each with its location. */
  public List<String> problems() {
    return problems;
  }
}
