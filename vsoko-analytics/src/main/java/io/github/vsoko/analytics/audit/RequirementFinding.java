package io.github.vsoko.analytics.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * A requirement with the passage that proves it, or none.
 *
 * @param requirement the requirement
 * @param passage the first passage found, if any
 * @since 0.1.0
 */
public record RequirementFinding(AuditRequirement requirement, Optional<Passage> passage) {
  /** Validates. */
  public RequirementFinding {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(passage, "passage");
  }

  /** Whether it was found. */
  public boolean found() {
    return passage.isPresent();
  }
}
