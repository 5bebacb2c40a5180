package io.github.vsoko.analytics.audit;

import java.util.List;
import java.util.Objects;

/**
 * A component a ВСОКО regulation must have (обязательный компонент положения о ВСОКО): present when every requirement
 * is found, partial when some are.
 *
 * @param id a short id («normative», «literacy»)
 * @param title the component in Russian
 * @param source where the requirement comes from
 * @param requirements its requirements
 * @since 0.1.0
 */
public record AuditComponent(String id, String title, String source, List<AuditRequirement> requirements) {
  /** Validates. */
  public AuditComponent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    requirements = List.copyOf(requirements);
    if (requirements.isEmpty()) {
      throw new IllegalArgumentException("component «" + id + "» has no requirements");
    }
  }
}
