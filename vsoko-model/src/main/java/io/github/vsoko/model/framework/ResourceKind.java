package io.github.vsoko.model.framework;

/**
 * Kinds of resource a ВСОКО relies on (ресурсы ВСОКО, the criteria of a ВСОКО model).
 *
 * @since 0.1.0
 */
public enum ResourceKind {
  /** Информационное обеспечение. */
  INFORMATION,
  /** Кадровое обеспечение. */
  STAFF,
  /** Психолого-педагогическое обеспечение. */
  PSYCHOLOGICAL,
  /** Материально-техническое обеспечение. */
  MATERIAL,
  /** Другое. */
  OTHER
}
