package io.github.vsoko.model.management;

/**
 * Whom an addressed recommendation (адресная рекомендация) is for.
 *
 * @since 0.1.0
 */
public sealed interface Addressee permits OrganizationAddressee, RoleAddressee, GroupAddressee {
  /** How the addressee is written («МБОУ СОШ № 9», «Руководителям городских МО»). */
  String display();
}
