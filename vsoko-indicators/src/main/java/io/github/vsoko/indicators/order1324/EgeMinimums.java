package io.github.vsoko.indicators.order1324;

import java.util.OptionalInt;

/**
 * Minimum ЕГЭ test scores (минимальное количество баллов ЕГЭ) used by 1.12 and 1.13, by year.
 * Russian: 24 for the certificate, 36 for admission (since 2015); mathematics, profile level: 27
 * (since 2015); base level: the mark «3». Sources: Рособрнадзор's annual tables of minimum scores
 * (see docs/gia.md).
 *
 * @since 0.1.0
 */
public final class EgeMinimums {
  /** First year the table covers. */
  public static final int FIRST_YEAR = 2015;

  private EgeMinimums() {}

  /** The Russian-language minimum for a year and purpose; empty for years the table does not cover. */
  public static OptionalInt russian(int year, EgeMinimumPurpose purpose) {
    if (year < FIRST_YEAR) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(purpose == EgeMinimumPurpose.CERTIFICATE ? 24 : 36);
  }

  /** The profile-level mathematics minimum for a year; empty for years the table does not cover. */
  public static OptionalInt profileMathematics(int year) {
    return year < FIRST_YEAR ? OptionalInt.empty() : OptionalInt.of(27);
  }
}
