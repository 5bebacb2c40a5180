package io.github.vsoko.model.plan;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A road map (дорожная карта): numbered, dated actions, usually in sections, for a school or a
 * municipality.
 *
 * @param title title as printed
 * @param owner who approved it (organization or education authority)
 * @param from first academic year it covers
 * @param to last academic year it covers
 * @param sections its sections in order
 * @since 0.1.0
 */
public record RoadMap(String title, Optional<String> owner, AcademicYear from, AcademicYear to, List<RoadMapSection> sections) {
  /** Validates the road map. */
  public RoadMap {
    title = Checks.text(title, "road map title");
    owner = Checks.optionalText(owner, "road map owner");
    Checks.notNull(from, "first academic year");
    Checks.notNull(to, "last academic year");
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("road map «" + title + "» ends (" + to + ") before it starts (" + from + ")");
    }
    sections = Checks.list(sections, "road map sections");
  }

  /** All actions, section by section. */
  public List<RoadMapAction> actions() {
    return sections.stream().flatMap(s -> s.actions().stream()).toList();
  }

  /** The academic years the road map covers, in order. */
  public List<AcademicYear> years() {
    List<AcademicYear> years = new ArrayList<>();
    for (AcademicYear y = from; y.compareTo(to) <= 0; y = y.next()) {
      years.add(y);
    }
    return List.copyOf(years);
  }

  /**
   * Actions overdue on {@code date}: open with a deadline passed in any academic year the road map covers, or a
   * recurring action not carried out in a year whose deadline has passed ({@link RoadMapAction#missedYears}).
   */
  public List<RoadMapAction> overdueOn(LocalDate date) {
    List<AcademicYear> years = years();
    return actions().stream().filter(a -> years.stream().anyMatch(y -> a.isOverdue(y, date))
        || !a.missedYears(years, date).isEmpty()).toList();
  }
}
