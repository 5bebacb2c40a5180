package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;

/**
 * A learner's part in an educational or social project (1.10 of appendix 5).
 *
 * @param learnerId the learner (or student)
 * @param project the project's name
 * @param level its level
 * @param date when
 * @since 0.1.0
 */
public record ProjectParticipation(String learnerId, String project, ContestLevel level, LocalDate date) {
  /** Validates the record. */
  public ProjectParticipation {
    learnerId = Checks.text(learnerId, "learner id");
    project = Checks.text(project, "project");
    Checks.notNull(level, "project level");
    Checks.notNull(date, "project date");
  }
}
