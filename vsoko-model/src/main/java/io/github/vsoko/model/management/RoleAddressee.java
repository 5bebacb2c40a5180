package io.github.vsoko.model.management;

import io.github.vsoko.model.framework.Role;
import io.github.vsoko.model.internal.Checks;

/**
 * A role as addressee («Руководителям и заместителям руководителей ОУ»).
 *
 * @param role the role
 * @since 0.1.0
 */
public record RoleAddressee(Role role) implements Addressee {
  /** Validates the addressee. */
  public RoleAddressee {
    Checks.notNull(role, "role");
  }

  @Override
  public String display() {
    return role.title();
  }
}
