package io.github.vsoko.indicators.order1324;

/**
 * Which staff records count as pedagogical (1.24) and administrative workers.
 *
 * @since 0.1.0
 */
public enum StaffScope {
  /**
   * Staff whose main job is here (штатные, and internal part-timers unless {@link InternalPartTime#EXCLUDE});
   * external part-timers are left out (default).
   */
  MAIN_ONLY,
  /** As {@link #MAIN_ONLY}, and external part-timers (внешние совместители) too. */
  INCLUDE_EXTERNAL
}
