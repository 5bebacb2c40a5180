package io.github.vsoko.analytics.audit;

import java.util.List;
import java.util.Objects;

/**
 * The audit of one school's documents.
 *
 * @param school the school (a name or the file's name)
 * @param source the document audited
 * @param components every component with its finding, in the components' order
 * @since 0.1.0
 */
public record AuditResult(String school, String source, List<ComponentFinding> components) {
  /** Validates and copies. */
  public AuditResult {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(source, "source");
    components = List.copyOf(components);
  }

  /** The components not fully present. */
  public List<ComponentFinding> gaps() {
    return components.stream().filter(c -> c.status() != ComponentStatus.PRESENT).toList();
  }

  /** The finding of a component by id. */
  public ComponentFinding component(String id) {
    return components.stream().filter(c -> c.component().id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no component «" + id + "» in the audit"));
  }
}
