package io.github.vsoko.model.organization;

import io.github.vsoko.model.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hierarchy region → municipality → organization that results are aggregated over. Checks that
 * ids are unique, parents exist, a child sits exactly one level below its parent and there are no
 * cycles.
 *
 * @since 0.1.0
 */
public final class OrgHierarchy {
  private final Map<String, OrgUnit> units;
  private final Map<String, List<OrgUnit>> children;

  private OrgHierarchy(Map<String, OrgUnit> units, Map<String, List<OrgUnit>> children) {
    this.units = units;
    this.children = children;
  }

  /**
   * Builds a hierarchy from units in any order.
   *
   * @throws IllegalArgumentException naming the unit that breaks a rule
   */
  public static OrgHierarchy of(Collection<OrgUnit> units) {
    List<OrgUnit> list = Checks.list(units, "org units");
    Checks.unique(list, OrgUnit::id, "org units");
    Map<String, OrgUnit> byId = new LinkedHashMap<>();
    list.forEach(u -> byId.put(u.id(), u));
    Map<String, List<OrgUnit>> children = new LinkedHashMap<>();
    for (OrgUnit unit : list) {
      if (unit.parentId().isEmpty()) {
        if (unit.level() != OrgUnitLevel.REGION) {
          throw new IllegalArgumentException(
              "org unit «" + unit.id() + "» is a " + unit.level() + " and needs a parent");
        }
        continue;
      }
      OrgUnit parent = byId.get(unit.parentId().get());
      if (parent == null) {
        throw new IllegalArgumentException(
            "org unit «" + unit.id() + "» names the parent «" + unit.parentId().get() + "», which is not in the hierarchy");
      }
      if (parent.level().ordinal() + 1 != unit.level().ordinal()) {
        throw new IllegalArgumentException("org unit «" + unit.id() + "» (" + unit.level()
            + ") cannot sit under «" + parent.id() + "» (" + parent.level() + ")");
      }
      children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(unit);
    }
    Map<String, List<OrgUnit>> frozen = new LinkedHashMap<>();
    children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new OrgHierarchy(Map.copyOf(byId), Map.copyOf(frozen));
  }

  /** The unit with the given id. */
  public Optional<OrgUnit> unit(String id) {
    return Optional.ofNullable(units.get(id));
  }

  /** Direct children of a unit, in the order given. */
  public List<OrgUnit> children(String id) {
    return children.getOrDefault(id, List.of());
  }

  /** The ids of all organizations at or under a unit, in the order given. */
  public List<String> organizationsUnder(String id) {
    OrgUnit unit = units.get(id);
    if (unit == null) {
      throw new IllegalArgumentException("no org unit «" + id + "» in the hierarchy");
    }
    List<String> out = new ArrayList<>();
    collect(unit, out);
    return List.copyOf(out);
  }

  private void collect(OrgUnit unit, List<String> out) {
    if (unit.level() == OrgUnitLevel.ORGANIZATION) {
      out.add(unit.id());
    }
    children(unit.id()).forEach(child -> collect(child, out));
  }

  /** The chain of units from the root down to the given one. */
  public List<OrgUnit> path(String id) {
    List<OrgUnit> path = new ArrayList<>();
    for (OrgUnit u = units.get(id); u != null; u = u.parentId().map(units::get).orElse(null)) {
      path.add(0, u);
    }
    return List.copyOf(path);
  }

  /** Number of units. */
  public int size() {
    return units.size();
  }
}
