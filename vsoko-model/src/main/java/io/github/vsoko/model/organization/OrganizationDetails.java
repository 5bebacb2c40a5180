package io.github.vsoko.model.organization;

import io.github.vsoko.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * The general information a self-assessment report opens with (общие сведения об организации): founder, address and
 * contacts, licence and accreditation, head. Every field is optional; what is absent is printed as «нет данных».
 *
 * @param founder the founder (учредитель): «Управление образования администрации г. N»
 * @param address the address where education is carried out (адрес места осуществления образовательной деятельности)
 * @param phone the phone
 * @param email the e-mail
 * @param website the official site (официальный сайт)
 * @param licence the licence to educate (лицензия)
 * @param accreditation the state accreditation (государственная аккредитация)
 * @param headName the head's full name (руководитель), as printed in the report and signed under «УТВЕРЖДАЮ»
 * @param headPosition the head's position («директор»)
 * @since 0.1.0
 */
public record OrganizationDetails(
    Optional<String> founder,
    Optional<String> address,
    Optional<String> phone,
    Optional<String> email,
    Optional<String> website,
    Optional<RegistryEntry> licence,
    Optional<RegistryEntry> accreditation,
    Optional<String> headName,
    Optional<String> headPosition) {

  /** Nothing known. */
  public static final OrganizationDetails EMPTY = builder().build();

  /** Validates. */
  public OrganizationDetails {
    founder = Checks.optionalText(founder, "founder");
    address = Checks.optionalText(address, "address");
    phone = Checks.optionalText(phone, "phone");
    email = Checks.optionalText(email, "e-mail");
    website = Checks.optionalText(website, "website");
    Checks.notNull(licence, "licence");
    Checks.notNull(accreditation, "accreditation");
    headName = Checks.optionalText(headName, "head name");
    headPosition = Checks.optionalText(headPosition, "head position");
    email.ifPresent(e -> {
      if (!isEmailAddress(e)) {
        throw new IllegalArgumentException("адрес электронной почты «" + e + "» не похож на адрес (ожидается school@example.ru)");
      }
    });
  }

  /** Whether a text looks like an e-mail address: one «@», no spaces, a dot in the domain. */
  public static boolean isEmailAddress(String text) {
    return text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** A builder with every field absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds details field by field. */
  public static final class Builder {
    private String founder;
    private String address;
    private String phone;
    private String email;
    private String website;
    private RegistryEntry licence;
    private RegistryEntry accreditation;
    private String headName;
    private String headPosition;

    private Builder() {}

    /** The founder. */
    public Builder founder(String value) {
      founder = Objects.requireNonNull(value);
      return this;
    }

    /** The address. */
    public Builder address(String value) {
      address = Objects.requireNonNull(value);
      return this;
    }

    /** The phone. */
    public Builder phone(String value) {
      phone = Objects.requireNonNull(value);
      return this;
    }

    /** The e-mail. */
    public Builder email(String value) {
      email = Objects.requireNonNull(value);
      return this;
    }

    /** The site. */
    public Builder website(String value) {
      website = Objects.requireNonNull(value);
      return this;
    }

    /** The licence. */
    public Builder licence(RegistryEntry value) {
      licence = Objects.requireNonNull(value);
      return this;
    }

    /** The accreditation. */
    public Builder accreditation(RegistryEntry value) {
      accreditation = Objects.requireNonNull(value);
      return this;
    }

    /** The head's name and position. */
    public Builder head(String name, String position) {
      headName = Objects.requireNonNull(name);
      headPosition = Objects.requireNonNull(position);
      return this;
    }

    /** The details. */
    public OrganizationDetails build() {
      return new OrganizationDetails(Optional.ofNullable(founder), Optional.ofNullable(address), Optional.ofNullable(phone),
          Optional.ofNullable(email), Optional.ofNullable(website), Optional.ofNullable(licence),
          Optional.ofNullable(accreditation), Optional.ofNullable(headName), Optional.ofNullable(headPosition));
    }
  }
}
