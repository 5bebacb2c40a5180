package io.github.vsoko.analytics.effectiveness;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A level the total maps to (уровень эффективности): from {@code fromPercent} of the maximum up to the next level.
 *
 * @param fromPercent the lowest percentage of the maximum for the level
 * @param name «высокий»
 * @param conclusion the sheet's conclusion at this level
 * @since 0.1.0
 */
public record SheetLevel(BigDecimal fromPercent, String name, String conclusion) {
  /** Validates. */
  public SheetLevel {
    Objects.requireNonNull(fromPercent, "from percent");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(conclusion, "conclusion");
    if (fromPercent.signum() < 0 || fromPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("a level starts within 0…100 %, was " + fromPercent);
    }
  }
}
