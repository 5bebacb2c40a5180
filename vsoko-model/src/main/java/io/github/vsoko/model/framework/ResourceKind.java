package io.github.vsoko.model.framework;

/** Kinds of resource a ВСОКО relies on (ресурсы ВСОКО, seed 001). */
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
