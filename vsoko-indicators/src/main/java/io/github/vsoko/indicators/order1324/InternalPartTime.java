package io.github.vsoko.indicators.order1324;

/**
 * Whether internal part-timers (внутренние совместители) count among the pedagogical and administrative
 * workers of 1.24–1.34 (and of the same rows of the other sets). An internal part-timer's main job is at this
 * organization, so they are its worker; vsoko keeps one staff record per person, so a person counts once
 * whichever posts they hold.
 *
 * @since 0.1.0
 */
public enum InternalPartTime {
  /** Counted, once each, as workers of the organization (default). */
  COUNT,
  /** Left out: only staff employed on their main post (and external part-timers, if the staff scope says so). */
  EXCLUDE
}
