package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;

/**
 * A publication prepared by the organization's teachers (1.23 of appendix 5).
 *
 * @param title the publication
 * @param date when it was published
 * @since 0.1.0
 */
public record Publication(String title, LocalDate date) {
  /** Validates the publication. */
  public Publication {
    title = Checks.text(title, "publication");
    Checks.notNull(date, "publication date");
  }
}
