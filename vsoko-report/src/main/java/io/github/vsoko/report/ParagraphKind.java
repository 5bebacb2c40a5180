package io.github.vsoko.report;

/**
 * What a paragraph is.
 *
 * @since 0.1.0
 */
public enum ParagraphKind {
  /** Generated text. */
  TEXT,
  /** A gap to complete by hand (нет данных — заполняется вручную); renderers make it stand out. */
  GAP,
  /** A note in smaller print (примечание). */
  NOTE
}
