package io.github.vsoko.indicators;

/**
 * A yes/no answer (да/нет).
 *
 * @param value the answer
 */
public record Flag(boolean value) implements IndicatorValue {}
