package io.github.vsoko.indicators;

/**
 * Two providers registered the same indicator set id; the message names both.
 *
 * @since 0.1.0
 */
public final class DuplicateIndicatorException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public DuplicateIndicatorException(String message) {
    super(message);
  }
}
