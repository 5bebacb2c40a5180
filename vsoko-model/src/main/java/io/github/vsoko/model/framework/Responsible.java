package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;
import java.util.Optional;

/**
 * A responsible party (ответственный, исполнитель): a role and, optionally, the person in it
 * («Павловец О.М., начальник отдела Управления образования»).
 *
 * @param role the role
 * @param person the person's name, when the document gives it
 * @since 0.1.0
 */
public record Responsible(Role role, Optional<String> person) {
  /** Validates the party. */
  public Responsible {
    Checks.notNull(role, "role");
    person = Checks.optionalText(person, "person");
  }

  /** A role with no person named. */
  public static Responsible of(Role role) {
    return new Responsible(role, Optional.empty());
  }

  /** A role written as text, with no person named. */
  public static Responsible of(String role) {
    return of(new Role(role));
  }

  /** A named person in a role. */
  public static Responsible person(String person, String role) {
    return new Responsible(new Role(role), Optional.of(person));
  }

  /** «Павловец О.М., начальник отдела» or «Заместитель директора по УВР». */
  public String display() {
    return person.map(p -> p + ", " + role.title()).orElse(role.title());
  }
}
