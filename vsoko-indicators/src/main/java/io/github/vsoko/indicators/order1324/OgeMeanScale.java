package io.github.vsoko.indicators.order1324;

/**
 * What «средний балл ГИА выпускников 9 класса» (1.6, 1.7) averages.
 *
 * @since 0.1.0
 */
public enum OgeMeanScale {
  /** The five-point mark of ОГЭ and ГВЭ participants (default). */
  MARK,
  /** The primary score of ОГЭ participants. */
  PRIMARY_SCORE
}
