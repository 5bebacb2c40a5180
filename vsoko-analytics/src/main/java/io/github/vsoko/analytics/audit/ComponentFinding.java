package io.github.vsoko.analytics.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A component of the audit with what was found.
 *
 * @param component the component
 * @param requirements each requirement with its passage
 * @since 0.1.0
 */
public record ComponentFinding(AuditComponent component, List<RequirementFinding> requirements) {
  /** Validates and copies. */
  public ComponentFinding {
    Objects.requireNonNull(component, "component");
    requirements = List.copyOf(requirements);
  }

  /** Present, partial or missing. */
  public ComponentStatus status() {
    long found = requirements.stream().filter(RequirementFinding::found).count();
    return found == requirements.size() ? ComponentStatus.PRESENT : found == 0 ? ComponentStatus.MISSING : ComponentStatus.PARTIAL;
  }

  /** The finding in Russian: the component, its status, the passages found and what is missing. */
  public String message() {
    StringBuilder b = new StringBuilder("«" + component.title() + "» — " + status().title());
    List<RequirementFinding> missing = requirements.stream().filter(r -> !r.found()).toList();
    if (!missing.isEmpty() && status() != ComponentStatus.MISSING) {
      b.append("; не найдено: ").append(missing.stream().map(r -> r.requirement().name()).collect(Collectors.joining(", ")));
    }
    return b.toString();
  }
}
