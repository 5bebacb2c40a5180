package io.github.vsoko.indicators;

/**
 * Computes one indicator (расчёт показателя): a pure function of the context. It must not keep
 * state between calls, must not return {@code null}, and should return {@link Missing} or
 * {@link NotApplicable} rather than throw when data is absent. An exception becomes a
 * {@link Failed} value and the other indicators are still computed.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Calculator {
  /** Computes the value for the organization in the context. */
  Calculation calculate(CalculationContext context);
}
