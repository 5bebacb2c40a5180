package io.github.vsoko.model.organization;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.TaxIds;
import java.util.Optional;

/**
 * An educational organization (образовательная организация).
 *
 * @param id the caller's stable identifier
 * @param shortName short name as printed in reports («МБОУ СОШ № 29»)
 * @param fullName full name from the charter
 * @param kind kind of organization
 * @param inn ИНН of a legal entity: 10 digits with a valid check digit
 * @param ogrn ОГРН: 13 digits with a valid check digit
 * @param fisOkoLogin the login in ФИС ОКО («edu223017»), which ВПР exports use to name the school
 * @param details the general information (общие сведения): founder, contacts, licence, accreditation, head; absent
 *     when nothing is known
 * @since 0.1.0
 */
public record Organization(
    String id,
    String shortName,
    String fullName,
    OrganizationKind kind,
    Optional<String> inn,
    Optional<String> ogrn,
    Optional<String> fisOkoLogin,
    Optional<OrganizationDetails> details) {

  /** Validates the organization. */
  public Organization {
    id = Checks.text(id, "organization id");
    shortName = Checks.text(shortName, "organization short name");
    fullName = Checks.text(fullName, "organization full name");
    Checks.notNull(kind, "organization kind");
    inn = Checks.optionalText(inn, "ИНН");
    ogrn = Checks.optionalText(ogrn, "ОГРН");
    fisOkoLogin = Checks.optionalText(fisOkoLogin, "ФИС ОКО login");
    details = Checks.notNull(details, "details").filter(d -> !d.isEmpty());
    inn.ifPresent(TaxIds::requireValidLegalEntityInn);
    ogrn.ifPresent(TaxIds::requireValidOgrn);
  }

  /** An organization without ИНН, ОГРН, ФИС ОКО login and details. */
  public Organization(String id, String shortName, String fullName, OrganizationKind kind, Optional<String> inn,
      Optional<String> ogrn, Optional<String> fisOkoLogin) {
    this(id, shortName, fullName, kind, inn, ogrn, fisOkoLogin, Optional.empty());
  }

  /** An organization with no ИНН, ОГРН or ФИС ОКО login. */
  public static Organization of(String id, String shortName, String fullName, OrganizationKind kind) {
    return new Organization(id, shortName, fullName, kind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The details, or {@link OrganizationDetails#EMPTY}. */
  public OrganizationDetails detailsOrEmpty() {
    return details.orElse(OrganizationDetails.EMPTY);
  }

  /** A copy with the general information set. */
  public Organization withDetails(OrganizationDetails value) {
    return new Organization(id, shortName, fullName, kind, inn, ogrn, fisOkoLogin, Optional.of(value));
  }

  /** A copy with the ИНН set. */
  public Organization withInn(String value) {
    return new Organization(id, shortName, fullName, kind, Optional.of(value), ogrn, fisOkoLogin, details);
  }

  /** A copy with the ОГРН set. */
  public Organization withOgrn(String value) {
    return new Organization(id, shortName, fullName, kind, inn, Optional.of(value), fisOkoLogin, details);
  }

  /** A copy with the ФИС ОКО login set. */
  public Organization withFisOkoLogin(String value) {
    return new Organization(id, shortName, fullName, kind, inn, ogrn, Optional.of(value), details);
  }
}
