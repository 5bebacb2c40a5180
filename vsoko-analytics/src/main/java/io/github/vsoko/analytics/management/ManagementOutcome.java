package io.github.vsoko.analytics.management;

import io.github.vsoko.model.management.Finding;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What the rules found for one organization: findings and the draft recommendations answering them.
 *
 * @param organizationId the organization
 * @param organizationName its name
 * @param findings findings in rule order
 * @param recommendations one per finding, in the same order
 * @param notes rules left out and why (a sample too small, a stronger threshold on the same measurement)
 * @since 0.1.0
 */
public record ManagementOutcome(String organizationId, String organizationName, List<Finding> findings,
    List<Recommendation> recommendations, List<String> notes) {
  /** Validates and copies. */
  public ManagementOutcome {
    Objects.requireNonNull(organizationId, "organization id");
    Objects.requireNonNull(organizationName, "organization name");
    findings = List.copyOf(findings);
    recommendations = List.copyOf(recommendations);
    notes = List.copyOf(notes);
  }

  /** An outcome without notes. */
  public ManagementOutcome(String organizationId, String organizationName, List<Finding> findings,
      List<Recommendation> recommendations) {
    this(organizationId, organizationName, findings, recommendations, List.of());
  }

  /** The risk profile: how many findings of a severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Whether the organization needs addressed recommendations (any finding). */
  public boolean needsRecommendations() {
    return !findings.isEmpty();
  }
}
