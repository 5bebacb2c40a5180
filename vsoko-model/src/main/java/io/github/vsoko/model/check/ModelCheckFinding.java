package io.github.vsoko.model.check;

import io.github.vsoko.model.internal.Checks;
import java.util.OptionalInt;

/**
 * One thing the model check found wrong.
 *
 * @param rule the rule broken
 * @param planRow the 1-based row of the plan concerned, for rules about plan items
 * @param location where, in Russian («План функционирования ВСОКО, строка 5 («Кадровые условия»)»)
 * @param message what is wrong, in Russian
 * @since 0.1.0
 */
public record ModelCheckFinding(ModelCheckRule rule, OptionalInt planRow, String location, String message) {
  /** Validates the finding. */
  public ModelCheckFinding {
    Checks.notNull(rule, "rule");
    Checks.notNull(planRow, "plan row");
    location = Checks.text(location, "location");
    message = Checks.text(message, "message");
  }

  /** The finding as a located problem (a warning: the model is usable, but not as the criteria ask). */
  public io.github.vsoko.model.problem.Problem problem() {
    return io.github.vsoko.model.problem.Problem.warning(new io.github.vsoko.model.problem.DocumentLocation(location,
        java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.Optional.of(rule.name())), message);
  }

  /** «location: message». */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
