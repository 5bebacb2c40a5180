package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A learner of an organization of additional education (учащийся), pseudonymous.
 *
 * @param id the caller's pseudonymous identifier
 * @param birthDate date of birth (for the age groups 1.1.1–1.1.4)
 * @param enrolledOn date of enrolment
 * @param leftOn date of leaving, if they left
 * @param associations how many associations (объединения: кружки, секции, клубы) they attend, at least 1
 * @param paid whether they study under a contract for paid services (1.2)
 * @param flags facts about the learner
 * @since 0.1.0
 */
public record Learner(
    String id, LocalDate birthDate, LocalDate enrolledOn, Optional<LocalDate> leftOn, int associations, boolean paid,
    Set<LearnerFlag> flags) {
  /** Validates the learner. */
  public Learner {
    id = Checks.text(id, "learner id");
    Checks.notNull(birthDate, "birth date of learner " + id);
    Checks.order(birthDate, Checks.notNull(enrolledOn, "enrolment date of learner " + id), "birth date of learner " + id,
        "enrolment date");
    Checks.notNull(leftOn, "leaving date of learner " + id);
    if (leftOn.isPresent()) {
      Checks.order(enrolledOn, leftOn.get(), "enrolment date of learner " + id, "leaving date");
    }
    Checks.range(associations, 1, 50, "associations of learner " + id);
    Checks.notNull(flags, "flags of learner " + id);
    flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /** A learner in one association, not paying, with no flags. */
  public static Learner of(String id, LocalDate birthDate, LocalDate enrolledOn) {
    return new Learner(id, birthDate, enrolledOn, Optional.empty(), 1, false, Set.of());
  }

  /** Whether the learner is on the roll on {@code date}. */
  public boolean isEnrolledOn(LocalDate date) {
    return !date.isBefore(enrolledOn) && leftOn.map(date::isBefore).orElse(true);
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** Whether the learner has the flag. */
  public boolean has(LearnerFlag flag) {
    return flags.contains(flag);
  }
}
