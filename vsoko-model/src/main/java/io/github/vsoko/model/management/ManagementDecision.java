package io.github.vsoko.model.management;

import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A management decision (управленческое решение) taken on findings.
 *
 * @param id stable identifier
 * @param decision what was decided
 * @param date when
 * @param findingIds the findings it answers
 * @param document the act that records it («приказ от 03.04.2025 № 291»)
 * @param responsible who carries it out
 * @since 0.1.0
 */
public record ManagementDecision(
    String id, String decision, LocalDate date, List<String> findingIds, Optional<String> document,
    List<Responsible> responsible) {

  /** Validates the decision. */
  public ManagementDecision {
    id = Checks.text(id, "decision id");
    decision = Checks.text(decision, "decision");
    Checks.notNull(date, "decision date");
    findingIds = Checks.list(findingIds, "finding ids");
    document = Checks.optionalText(document, "document");
    responsible = Checks.list(responsible, "responsible");
  }
}
