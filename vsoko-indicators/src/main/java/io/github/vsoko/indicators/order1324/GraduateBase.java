package io.github.vsoko.indicators.order1324;

/**
 * Base of 1.10–1.13 (выпускники 9 и 11 классов).
 *
 * @since 0.1.0
 */
public enum GraduateBase {
  /** All graduates of the class, from the certificates records, as the order words it (default). */
  GRADUATES,
  /** Graduates who sat ГИА in the subject's attestation. */
  PARTICIPANTS
}
