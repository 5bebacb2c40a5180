package io.github.vsoko.model.management;

import io.github.vsoko.model.internal.Checks;

/**
 * A named organization as addressee.
 *
 * @param organizationId the organization's id
 * @param name its name as printed
 * @since 0.1.0
 */
public record OrganizationAddressee(String organizationId, String name) implements Addressee {
  /** Validates the addressee. */
  public OrganizationAddressee {
    organizationId = Checks.text(organizationId, "organization id");
    name = Checks.text(name, "organization name");
  }

  @Override
  public String display() {
    return name;
  }
}
