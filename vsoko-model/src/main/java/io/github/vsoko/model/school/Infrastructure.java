package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Infrastructure counted by order № 1324 (раздел 2 «Инфраструктура»), on a date.
 *
 * @param asOf the date the figures are for
 * @param computersInEducation computers (incl. laptops) used in the educational process (2.1)
 * @param educationalLiterature copies of educational and methodical literature on record (2.2)
 * @param electronicDocumentFlow whether there is an electronic document flow system (2.3)
 * @param readingRoom the reading room (2.4)
 * @param broadband whether broadband Internet of at least 2 Mb/s is provided (2.5)
 * @param educationalArea area of premises used for education, square metres (2.6)
 * @since 0.1.0
 */
public record Infrastructure(
    LocalDate asOf,
    int computersInEducation,
    int educationalLiterature,
    boolean electronicDocumentFlow,
    ReadingRoom readingRoom,
    boolean broadband,
    BigDecimal educationalArea) {

  /** Validates the figures. */
  public Infrastructure {
    Checks.notNull(asOf, "infrastructure date");
    Checks.nonNegative(computersInEducation, "computers in education");
    Checks.nonNegative(educationalLiterature, "educational literature copies");
    Checks.notNull(readingRoom, "reading room");
    Checks.area(educationalArea, "educational area");
  }
}
