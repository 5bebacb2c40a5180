package io.github.vsoko.model.management;

/** Which way a control indicator should move. */
public enum Direction {
  /** Should grow (e.g. доля подтвердивших). */
  INCREASE,
  /** Should fall (e.g. доля неуспевающих). */
  DECREASE
}
