package io.github.vsoko.indicators;

/**
 * Evaluations that must not be merged into one aggregate (свод невозможен): of another set or set version,
 * of another reporting period, of the same organization twice, or computed under different policy values.
 * The message names the organizations and what differs.
 *
 * @since 0.1.0
 */
public final class AggregationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public AggregationException(String message) {
    super(message);
  }
}
