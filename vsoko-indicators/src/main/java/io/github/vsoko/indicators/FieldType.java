package io.github.vsoko.indicators;

/** Kinds of record fields a filter can test. */
enum FieldType {
  /** One of a fixed set of names; the filter lists allowed names. */
  NAME,
  /** A set of names; the filter lists names that must all be present. */
  NAME_SET,
  /** true or false. */
  BOOLEAN,
  /** A whole number; the filter gives a number or a range {lt, lte, gt, gte}. */
  NUMBER,
  /** Free text compared without case. */
  TEXT,
  /** A school subject, compared through the subject catalogue (aliases match). */
  SUBJECT
}
