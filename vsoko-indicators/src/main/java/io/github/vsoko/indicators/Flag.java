package io.github.vsoko.indicators;

/**
 * A yes/no answer (да/нет).
 *
 * @param value the answer
 * @since 0.1.0
 */
public record Flag(boolean value) implements IndicatorValue {}
