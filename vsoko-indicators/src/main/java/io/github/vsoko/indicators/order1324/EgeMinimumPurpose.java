package io.github.vsoko.indicators.order1324;

/**
 * Which ЕГЭ minimum in Russian counts in 1.12.
 *
 * @since 0.1.0
 */
public enum EgeMinimumPurpose {
  /** The minimum for the certificate (24 points) (default). */
  CERTIFICATE,
  /** The minimum for admission to a university (36 points). */
  ADMISSION
}
