package io.github.vsoko.analytics.attestation;

import java.util.Objects;

/**
 * The counts of one group.
 *
 * @param key the group, as printed («5А», «5», «ООО», «Математика», «5А · Математика», «организация»)
 * @param counts the counts
 * @since 0.1.0
 */
public record AttestationGroup(String key, AttestationCounts counts) {
  /** Validates. */
  public AttestationGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(counts, "counts");
  }
}
