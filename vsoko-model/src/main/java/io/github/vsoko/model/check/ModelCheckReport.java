package io.github.vsoko.model.check;

import io.github.vsoko.model.internal.Checks;
import java.util.List;

/**
 * The result of a model check: the findings, empty when the model passes.
 *
 * @param findings findings in the order the rules were checked
 * @since 0.1.0
 */
public record ModelCheckReport(List<ModelCheckFinding> findings) {
  /** Validates the report. */
  public ModelCheckReport {
    findings = Checks.list(findings, "findings");
  }

  /** Whether the model meets every rule. */
  public boolean passed() {
    return findings.isEmpty();
  }

  /** Findings of one rule. */
  public List<ModelCheckFinding> of(ModelCheckRule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }
}
