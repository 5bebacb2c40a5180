package io.github.vsoko.indicators.order1324;

/**
 * Which staff records count as pedagogical (1.24) and administrative workers.
 *
 * @since 0.1.0
 */
public enum StaffScope {
  /** Staff whose main job is here (штатные); part-timers are left out (default). */
  MAIN_ONLY,
  /** Main staff and external part-timers (внешние совместители). Internal part-time records are never counted twice. */
  INCLUDE_EXTERNAL
}
