package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A child of a preschool organization (воспитанник), pseudonymous.
 *
 * @param id the caller's pseudonymous identifier
 * @param birthDate date of birth (for the age groups 1.2, 1.3)
 * @param enrolledOn date of enrolment
 * @param leftOn date of leaving, if they left
 * @param stayMode how the child attends
 * @param specialNeeds whether the child has ОВЗ
 * @param services services for a child with ОВЗ
 * @param sickDaysMissed days missed through illness in the reporting period (1.6)
 * @since 0.1.0
 */
public record PreschoolChild(
    String id, LocalDate birthDate, LocalDate enrolledOn, Optional<LocalDate> leftOn, StayMode stayMode,
    boolean specialNeeds, Set<SpecialNeedsService> services, int sickDaysMissed) {

  /** Validates the child. */
  public PreschoolChild {
    id = Checks.text(id, "child id");
    Checks.notNull(birthDate, "birth date of child " + id);
    Checks.order(birthDate, Checks.notNull(enrolledOn, "enrolment date of child " + id), "birth date of child " + id,
        "enrolment date");
    Checks.notNull(leftOn, "leaving date of child " + id);
    if (leftOn.isPresent()) {
      Checks.order(enrolledOn, leftOn.get(), "enrolment date of child " + id, "leaving date");
    }
    Checks.notNull(stayMode, "stay mode of child " + id);
    Checks.notNull(services, "services of child " + id);
    services = services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
    if (!specialNeeds && !services.isEmpty()) {
      throw new IllegalArgumentException("child " + id + " receives services for ОВЗ but has no ОВЗ");
    }
    Checks.range(sickDaysMissed, 0, 366, "sick days missed by child " + id);
  }

  /** A child attending full day, without ОВЗ, who missed no days. */
  public static PreschoolChild of(String id, LocalDate birthDate, LocalDate enrolledOn, StayMode mode) {
    return new PreschoolChild(id, birthDate, enrolledOn, Optional.empty(), mode, false, Set.of(), 0);
  }

  /** Whether the child is on the roll on {@code date}. */
  public boolean isEnrolledOn(LocalDate date) {
    return !date.isBefore(enrolledOn) && leftOn.map(date::isBefore).orElse(true);
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }
}
