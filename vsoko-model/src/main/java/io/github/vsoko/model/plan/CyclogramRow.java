package io.github.vsoko.model.plan;

import io.github.vsoko.model.internal.Checks;
import java.util.List;

/**
 * One row of a {@link Cyclogram}: a plan item and, for each month of the year, whether it is due.
 *
 * @param item the plan item
 * @param dueInMonth one flag per month, September first
 * @since 0.1.0
 */
public record CyclogramRow(PlanItem item, List<Boolean> dueInMonth) {
  /** Validates the row. */
  public CyclogramRow {
    Checks.notNull(item, "plan item");
    dueInMonth = Checks.list(dueInMonth, "month flags");
  }
}
