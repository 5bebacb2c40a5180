package io.github.vsoko.model.management;

/**
 * Which way a control indicator should move.
 *
 * @since 0.1.0
 */
public enum Direction {
  /** Should grow (e.g. доля подтвердивших). */
  INCREASE,
  /** Should fall (e.g. доля неуспевающих). */
  DECREASE
}
