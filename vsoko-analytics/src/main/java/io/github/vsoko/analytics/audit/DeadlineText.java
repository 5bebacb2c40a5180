package io.github.vsoko.analytics.audit;

/**
 * A paragraph that stops a regular expression taking too long: every character read after the deadline throws
 * {@link RegexTimeoutException}. A pattern from a user's components file cannot then backtrack unbounded
 * («(a+)+$» on a long paragraph).
 */
final class DeadlineText implements CharSequence {
  private final CharSequence text;
  private final long deadline;
  private int reads;

  private DeadlineText(CharSequence text, long deadline) {
    this.text = text;
    this.deadline = deadline;
  }

  /** {@code text} readable for {@code nanos} from now. */
  static DeadlineText of(CharSequence text, long nanos) {
    return new DeadlineText(text, System.nanoTime() + nanos);
  }

  @Override
  public char charAt(int index) {
    if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
      throw new RegexTimeoutException();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new DeadlineText(text.subSequence(start, end), deadline);
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /** Thrown when the deadline has passed. */
  static final class RegexTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RegexTimeoutException() {
      super(null, null, false, false);
    }
  }
}
