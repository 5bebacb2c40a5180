package io.github.vsoko.indicators;

import java.util.Objects;

/**
 * The calculator failed (ошибка расчёта); the other indicators are still computed.
 *
 * @param message what went wrong
 * @since 0.1.0
 */
public record Failed(String message) implements IndicatorValue {
  /** Validates the message. */
  public Failed {
    Objects.requireNonNull(message, "message");
  }
}
