package io.github.vsoko.model.internal;

/** Check-digit validation of Russian organization identifiers (ИНН, ОГРН). */
public final class TaxIds {
  private static final int[] INN10_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

  private TaxIds() {}

  /** Requires a 10-digit ИНН of a legal entity whose check digit is right. */
  public static void requireValidLegalEntityInn(String inn) {
    if (!inn.matches("\\d{10}")) {
      throw new IllegalArgumentException("ИНН of an organization must be 10 digits, was «" + inn + "»");
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += INN10_WEIGHTS[i] * (inn.charAt(i) - '0');
    }
    if (sum % 11 % 10 != inn.charAt(9) - '0') {
      throw new IllegalArgumentException("ИНН «" + inn + "» has a wrong check digit");
    }
  }

  /** Requires a 13-digit ОГРН whose check digit is right. */
  public static void requireValidOgrn(String ogrn) {
    if (!ogrn.matches("\\d{13}")) {
      throw new IllegalArgumentException("ОГРН must be 13 digits, was «" + ogrn + "»");
    }
    long body = Long.parseLong(ogrn.substring(0, 12));
    if (body % 11 % 10 != ogrn.charAt(12) - '0') {
      throw new IllegalArgumentException("ОГРН «" + ogrn + "» has a wrong check digit");
    }
  }
}
