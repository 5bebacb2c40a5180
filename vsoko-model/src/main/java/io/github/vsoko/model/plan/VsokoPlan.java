package io.github.vsoko.model.plan;

import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A plan of functioning of the ВСОКО (план функционирования ВСОКО, циклограмма) of one organization
 * for one academic year.
 *
 * @param organizationId the organization
 * @param year the academic year
 * @param title title as printed
 * @param items rows in the order written
 * @since 0.1.0
 */
public record VsokoPlan(String organizationId, AcademicYear year, String title, List<PlanItem> items) {
  /** Validates the plan. */
  public VsokoPlan {
    organizationId = Checks.text(organizationId, "organization id");
    Checks.notNull(year, "academic year");
    title = Checks.text(title, "plan title");
    items = Checks.list(items, "plan items");
    for (int i = 0; i < items.size(); i++) {
      List<Execution> stray = items.get(i).strayExecutions(year);
      if (!stray.isEmpty()) {
        throw new IllegalArgumentException("row " + (i + 1) + " («" + items.get(i).object().title() + "»): the record for "
            + stray.get(0).due() + " answers no deadline of «" + items.get(i).schedule().format() + "» in " + year
            + " (" + items.get(i).schedule().dueDates(year) + ")");
      }
    }
  }

  /** Quality areas that at least one item covers. */
  public Set<QualityArea> coveredAreas() {
    Set<QualityArea> areas = EnumSet.noneOf(QualityArea.class);
    items.forEach(i -> areas.add(i.area()));
    return areas;
  }

  /** Items due in the given month. */
  public List<PlanItem> dueIn(YearMonth month) {
    return items.stream().filter(i -> i.schedule().isDueIn(month)).toList();
  }

  /**
   * Items with a deadline missed on {@code date}: passed without a record (or past the date it was moved to), or
   * recorded as not done. Every deadline of a recurring row counts on its own.
   */
  public List<PlanItem> overdueOn(LocalDate date) {
    return items.stream().filter(i -> i.statusOn(year, date).stream()
        .anyMatch(s -> s.verdict() == DeadlineVerdict.OVERDUE || s.verdict() == DeadlineVerdict.NOT_DONE)).toList();
  }

  /** Every deadline of every row judged on {@code date}, row by row. */
  public List<List<DeadlineStatus>> statusOn(LocalDate date) {
    return items.stream().map(i -> i.statusOn(year, date)).toList();
  }
}
