package io.github.vsoko.model.organization;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An entry in a state register (запись в реестре): the licence to educate (лицензия на осуществление образовательной
 * деятельности) or the state accreditation (свидетельство о государственной аккредитации), by number and date.
 *
 * @param number the registration number («Л035-01212-24/00245891», «2345»)
 * @param date the date of the entry or of the document, when known
 * @since 0.1.0
 */
public record RegistryEntry(String number, Optional<LocalDate> date) {
  /** Validates. */
  public RegistryEntry {
    number = Checks.text(number, "registry number");
    Checks.notNull(date, "registry date");
  }

  /** An entry with its date. */
  public static RegistryEntry of(String number, LocalDate date) {
    return new RegistryEntry(number, Optional.of(date));
  }
}
