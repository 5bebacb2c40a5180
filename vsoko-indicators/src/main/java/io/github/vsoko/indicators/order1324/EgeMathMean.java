package io.github.vsoko.indicators.order1324;

/**
 * What «средний балл ЕГЭ по математике» (1.9) averages.
 *
 * @since 0.1.0
 */
public enum EgeMathMean {
  /** Test scores of profile-level ЕГЭ (default). */
  PROFILE,
  /** Five-point marks of base-level ЕГЭ. */
  BASE
}
