package io.github.vsoko.model.management;

import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A finding or deficit (дефицит, проблемная зона) found by analysis.
 *
 * @param id stable identifier
 * @param observation what was observed, in Russian
 * @param organizationId the organization it concerns, if one
 * @param object the object of assessment it concerns
 * @param indicator the indicator it concerns
 * @param severity how serious it is
 * @param observedOn when it was found
 * @since 0.1.0
 */
public record Finding(
    String id,
    String observation,
    Optional<String> organizationId,
    Optional<AssessmentObject> object,
    Optional<IndicatorReference> indicator,
    Severity severity,
    LocalDate observedOn) {

  /** Validates the finding. */
  public Finding {
    id = Checks.text(id, "finding id");
    observation = Checks.text(observation, "observation");
    organizationId = Checks.optionalText(organizationId, "organization id");
    Checks.notNull(object, "object");
    Checks.notNull(indicator, "indicator");
    Checks.notNull(severity, "severity");
    Checks.notNull(observedOn, "observedOn");
  }
}
