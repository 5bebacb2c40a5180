package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * The document a procedure produces (формат документа): «Статистико-аналитическая справка»,
 * «Протокол педсовета», «Приказ директора».
 *
 * @param kind the kind, recognised from the title unless given
 * @param title the format as written
 * @since 0.1.0
 */
public record DocumentFormat(DocumentKind kind, String title) {
  /** Validates the format. */
  public DocumentFormat {
    Checks.notNull(kind, "document kind");
    title = Checks.text(title, "document format");
  }

  /** A format whose kind is recognised from its wording. */
  public static DocumentFormat of(String title) {
    return new DocumentFormat(DocumentKind.recognise(Checks.text(title, "document format")), title);
  }
}
