package io.github.vsoko.io;

/**
 * What an importer does with problems.
 *
 * @since 0.1.0
 */
public enum ImportMode {
  /** Fail with an {@link ImportException} listing every problem; return no data. */
  STRICT,
  /** Import the good rows and return the problems beside the data (the default for ВПР exports). */
  LENIENT
}
