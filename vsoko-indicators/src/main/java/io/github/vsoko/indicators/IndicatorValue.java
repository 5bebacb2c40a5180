package io.github.vsoko.indicators;

/**
 * The value of an indicator: a number of some kind, or a reason there is none. Exact: numerators and
 * denominators are kept and nothing is rounded until {@link ValueFormat formatting}.
 *
 * @since 0.1.0
 */
public sealed interface IndicatorValue
    permits Count, Share, Mean, Ratio, Flag, Area, NotApplicable, Missing, Failed {

  /** Whether the value is a number (not «not applicable», «missing» or «failed»). */
  default boolean isPresent() {
    return !(this instanceof NotApplicable || this instanceof Missing || this instanceof Failed);
  }
}
