package io.github.vsoko.indicators;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * The calculator failed (ошибка расчёта); the other indicators are still computed. The exception the
 * calculator threw is kept as {@link #cause()} for a developer ({@code vsoko evaluate --debug} prints its
 * stack trace); reports show only the message. Two failures are equal when their messages and the types of
 * their causes are, so that evaluating twice gives equal results.
 *
 * @param message what went wrong
 * @param cause what the calculator threw, if it threw
 * @since 0.1.0
 */
public record Failed(String message, Optional<Throwable> cause) implements IndicatorValue {
  /** Validates the message. */
  public Failed {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(cause, "cause");
  }

  /** A failure without an exception behind it. */
  public Failed(String message) {
    this(message, Optional.empty());
  }

  /** A failure caused by an exception: the message names its type and text. */
  public static Failed of(Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    return new Failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), Optional.of(cause));
  }

  /** The cause's stack trace, or an empty text when there is no cause. */
  public String stackTrace() {
    if (cause.isEmpty()) {
      return "";
    }
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      cause.get().printStackTrace(out);
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Failed other && other.message.equals(message)
        && other.cause.map(Object::getClass).equals(cause.map(Object::getClass));
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, cause.map(c -> c.getClass().getName()));
  }

  @Override
  public String toString() {
    return "Failed[" + message + "]";
  }
}
