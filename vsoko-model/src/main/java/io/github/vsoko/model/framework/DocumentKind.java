package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Text;

/**
 * Kinds of document a ВСОКО procedure produces, recognised from the format's wording.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** Справка (статистико-аналитическая, аналитическая). */
  NOTE("справк"),
  /** Протокол. */
  PROTOCOL("протокол"),
  /** Приказ. */
  ORDER("приказ"),
  /** Отчёт. */
  REPORT("отчет"),
  /** Анализ. */
  ANALYSIS("анализ"),
  /** План, карта, маршрут. */
  PLAN("план"),
  /** Anything else. */
  OTHER("");

  private final String stem;

  DocumentKind(String stem) {
    this.stem = stem;
  }

  /** The kind named first in a wording («Протокол педсовета, приказ директора» → PROTOCOL). */
  public static DocumentKind recognise(String title) {
    String folded = Text.fold(title);
    DocumentKind best = OTHER;
    int bestAt = Integer.MAX_VALUE;
    for (DocumentKind kind : values()) {
      if (kind == OTHER) {
        continue;
      }
      int at = folded.indexOf(kind.stem);
      if (at >= 0 && at < bestAt) {
        best = kind;
        bestAt = at;
      }
    }
    return best;
  }
}
