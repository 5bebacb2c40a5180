package io.github.vsoko.analytics.effectiveness;

import java.util.Objects;

/**
 * A section of the sheet (раздел оценочного листа).
 *
 * @param code «1»
 * @param title «Документы ВСОКО»
 * @since 0.1.0
 */
public record SheetSection(String code, String title) {
  /** Validates. */
  public SheetSection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
  }
}
