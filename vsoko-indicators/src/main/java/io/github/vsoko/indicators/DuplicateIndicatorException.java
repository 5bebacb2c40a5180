package io.github.vsoko.indicators;

/** Two providers registered the same indicator set id; the message names both. */
public final class DuplicateIndicatorException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public DuplicateIndicatorException(String message) {
    super(message);
  }
}
