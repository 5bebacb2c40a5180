package io.github.vsoko.app;

import io.github.vsoko.analytics.audit.RegulationText;
import java.util.Objects;

/**
 * A school's ВСОКО regulation (положение о ВСОКО) to audit.
 *
 * @param school the school's name as the report shows it
 * @param text the regulation's text with its paragraphs
 * @since 0.1.0
 */
public record AuditedRegulation(String school, RegulationText text) {
  /** Validates. */
  public AuditedRegulation {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(text, "text");
  }
}
