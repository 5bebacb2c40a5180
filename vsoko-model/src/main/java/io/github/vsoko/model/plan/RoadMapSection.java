package io.github.vsoko.model.plan;

import io.github.vsoko.model.internal.Checks;
import java.util.List;

/**
 * A section of a road map (раздел: «2. Организационное обеспечение проведения мероприятий…»).
 *
 * @param number the number as printed; may be empty
 * @param title the heading; may be empty for a road map without sections
 * @param actions the actions in order
 * @since 0.1.0
 */
public record RoadMapSection(String number, String title, List<RoadMapAction> actions) {
  /** Validates the section. */
  public RoadMapSection {
    number = Checks.notNull(number, "section number").strip();
    title = Checks.notNull(title, "section title").strip();
    actions = Checks.list(actions, "section actions");
  }

  /** An unnamed section holding all actions of a road map that has no sections. */
  public static RoadMapSection unnamed(List<RoadMapAction> actions) {
    return new RoadMapSection("", "", actions);
  }
}
