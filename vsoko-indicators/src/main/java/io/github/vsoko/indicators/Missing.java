package io.github.vsoko.indicators;

import java.util.Objects;

/**
 * The data needed is absent (нет данных), naming what is missing in Russian
 * («сведения об инфраструктуре»).
 *
 * @param what which data is absent
 * @since 0.1.0
 */
public record Missing(String what) implements IndicatorValue {
  /** Validates the description. */
  public Missing {
    Objects.requireNonNull(what, "what");
  }
}
