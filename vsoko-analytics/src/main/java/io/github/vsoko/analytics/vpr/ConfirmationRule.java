package io.github.vsoko.analytics.vpr;

/**
 * What counts as «подтвердили» for the share of students who confirmed their marks (docs/vpr.md).
 *
 * @since 0.1.0
 */
public enum ConfirmationRule {
  /** The ВПР mark equals the journal mark (strict; the ФИС ОКО report's «Подтвердили»). */
  CONFIRMED,
  /** The ВПР mark is not below the journal mark (подтвердили + повысили). */
  NOT_LOWERED
}
