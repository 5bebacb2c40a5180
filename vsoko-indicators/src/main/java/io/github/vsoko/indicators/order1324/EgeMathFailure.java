package io.github.vsoko.indicators.order1324;

/**
 * Who counts in 1.13 (below the ЕГЭ minimum in mathematics).
 *
 * @since 0.1.0
 */
public enum EgeMathFailure {
  /** Graduates who took mathematics ЕГЭ and passed it at no level (default). */
  NO_LEVEL_PASSED,
  /** Graduates below the profile-level minimum. */
  PROFILE,
  /** Graduates with «2» at base level. */
  BASE
}
