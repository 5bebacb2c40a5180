package io.github.vsoko.report;

/**
 * What a table row is.
 *
 * @since 0.1.0
 */
public enum RowKind {
  /** An ordinary row. */
  NORMAL,
  /** A heading row inside a table (a section of the indicator table, an area of a plan). */
  SECTION,
  /** A total row (итого) closing a table, printed in bold. */
  TOTAL
}
