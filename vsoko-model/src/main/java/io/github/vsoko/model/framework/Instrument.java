package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * An instrument (инструмент ВСОКО): internal monitoring (самообследование, самооценка…) or external
 * (лицензирование, аккредитация, ГИА, ВПР…).
 *
 * @param name the instrument
 * @param scope internal or external
 * @since 0.1.0
 */
public record Instrument(String name, ProcedureScope scope) {
  /** Validates the instrument. */
  public Instrument {
    name = Checks.text(name, "instrument");
    Checks.notNull(scope, "instrument scope");
  }
}
