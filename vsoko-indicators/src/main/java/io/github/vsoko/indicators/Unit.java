package io.github.vsoko.indicators;

import java.util.Arrays;

/**
 * Units of measurement (единица измерения) as order № 1324 prints them.
 *
 * @since 0.1.0
 */
public enum Unit {
  /** «человек». */
  PERSONS("человек"),
  /** «человек/%»: a count and its share. */
  PERSONS_SHARE("человек/%"),
  /** «балл». */
  SCORE("балл"),
  /** «единиц». */
  UNITS("единиц"),
  /** «да/нет». */
  FLAG("да/нет"),
  /** «кв. м». */
  SQUARE_METRES("кв. м"),
  /** «день». */
  DAYS("день"),
  /** «человек/человек»: a ratio of persons. */
  PERSONS_PER_PERSON("человек/человек"),
  /** A section heading or a «в том числе:» header row: no value («-» in the lists). */
  NONE("-");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  /** The unit as printed («человек/%»); «-» for headings. */
  public String label() {
    return label;
  }

  /**
   * The unit printed as {@code label}.
   *
   * @throws IllegalArgumentException naming the label if it is not a known unit
   */
  public static Unit parse(String label) {
    String l = label.strip();
    return Arrays.stream(values())
        .filter(u -> u.label.equals(l) || (u == NONE && l.isEmpty()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown unit «" + label + "»; expected one of "
            + Arrays.stream(values()).map(Unit::label).toList()));
  }
}
