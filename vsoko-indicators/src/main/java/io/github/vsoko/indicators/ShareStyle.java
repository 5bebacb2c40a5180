package io.github.vsoko.indicators;

/**
 * Ways real reports print a «человек/%» value.
 *
 * @since 0.1.0
 */
public enum ShareStyle {
  /** «312 человек / 45 %». */
  PERSONS_SLASH_PERCENT,
  /** «312 (45 %)». */
  COUNT_PARENS_PERCENT,
  /** «312/45». */
  COUNT_SLASH_NUMBER
}
