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

  /** «location: message». */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
