package io.github.vsoko.report;

/**
 * What a table cell holds, so that spreadsheets store numbers as numbers.
 *
 * @since 0.1.0
 */
public enum CellKind {
  /** Text. */
  TEXT,
  /** A whole number (человек, единиц). */
  INTEGER,
  /** A decimal number (балл, кв. м). */
  DECIMAL,
  /** A percentage; the number is in percent (45.2 means 45,2 %). */
  PERCENT
}
