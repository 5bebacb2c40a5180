package io.github.vsoko.model.organization;

import io.github.vsoko.model.internal.Checks;
import java.util.Optional;

/**
 * A node of the aggregation hierarchy: a region, a municipality or an organization.
 *
 * @param id unique within the hierarchy; for an organization, the {@link Organization#id()}
 * @param name name as printed
 * @param level level in the hierarchy
 * @param parentId the enclosing unit; empty only for a root
 * @since 0.1.0
 */
public record OrgUnit(String id, String name, OrgUnitLevel level, Optional<String> parentId) {
  /** Validates the unit. */
  public OrgUnit {
    id = Checks.text(id, "org unit id");
    name = Checks.text(name, "org unit name");
    Checks.notNull(level, "org unit level");
    parentId = Checks.optionalText(parentId, "org unit parent id");
    if (parentId.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException("org unit «" + id + "» cannot be its own parent");
    }
  }

  /** A region (no parent). */
  public static OrgUnit region(String id, String name) {
    return new OrgUnit(id, name, OrgUnitLevel.REGION, Optional.empty());
  }

  /** A municipality inside a region. */
  public static OrgUnit municipality(String id, String name, String regionId) {
    return new OrgUnit(id, name, OrgUnitLevel.MUNICIPALITY, Optional.of(regionId));
  }

  /** An organization inside a municipality. */
  public static OrgUnit organization(Organization organization, String municipalityId) {
    return new OrgUnit(
        organization.id(), organization.shortName(), OrgUnitLevel.ORGANIZATION, Optional.of(municipalityId));
  }
}
