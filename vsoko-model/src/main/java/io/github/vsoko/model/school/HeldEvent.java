package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;

/**
 * A mass event the organization held (массовое мероприятие, 1.11 of appendix 5).
 *
 * @param title the event
 * @param level its level
 * @param date when
 * @since 0.1.0
 */
public record HeldEvent(String title, ContestLevel level, LocalDate date) {
  /** Validates the event. */
  public HeldEvent {
    title = Checks.text(title, "event");
    Checks.notNull(level, "event level");
    Checks.notNull(date, "event date");
  }
}
