package io.github.vsoko.io;

import io.github.vsoko.model.problem.ProblemException;

/**
 * What an importer does with problems.
 *
 * @since 0.1.0
 */
public enum ImportMode {
  /** Fail with an {@link ProblemException} listing every problem; return no data. */
  STRICT,
  /** Import the good rows and return the problems beside the data (the default for ВПР exports). */
  LENIENT
}
