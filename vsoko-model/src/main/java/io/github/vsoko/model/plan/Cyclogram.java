package io.github.vsoko.model.plan;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A cyclogram (циклограмма ВСОКО): the plan of functioning as a month × item grid for its academic
 * year, September to August — which rows are due in which month.
 *
 * @param year the academic year
 * @param months the twelve months, September first
 * @param rows one row per plan item, in plan order
 * @since 0.1.0
 */
public record Cyclogram(AcademicYear year, List<YearMonth> months, List<CyclogramRow> rows) {
  /** Validates the grid. */
  public Cyclogram {
    Checks.notNull(year, "academic year");
    months = Checks.list(months, "months");
    rows = Checks.list(rows, "rows");
    for (CyclogramRow row : rows) {
      if (row.dueInMonth().size() != months.size()) {
        throw new IllegalArgumentException("a cyclogram row must have one cell per month (" + months.size() + "), had "
            + row.dueInMonth().size());
      }
    }
  }

  /** The cyclogram of a plan for the plan's academic year. */
  public static Cyclogram of(VsokoPlan plan) {
    List<YearMonth> months = plan.year().months();
    List<CyclogramRow> rows = plan.items().stream()
        .map(item -> new CyclogramRow(item, months.stream().map(m -> item.schedule().isDueIn(m)).toList()))
        .toList();
    return new Cyclogram(plan.year(), months, rows);
  }

  /** Items due in a month of the year. */
  public List<PlanItem> dueIn(YearMonth month) {
    int column = months.indexOf(month);
    if (column < 0) {
      return List.of();
    }
    return rows.stream().filter(r -> r.dueInMonth().get(column)).map(CyclogramRow::item).toList();
  }

  /** Items due in the month of {@code date} (the «due this month» view). */
  public List<PlanItem> dueThisMonth(LocalDate date) {
    return dueIn(YearMonth.from(date));
  }

  /** Items whose deadline in the year has passed on {@code date}. */
  public List<PlanItem> overdueOn(LocalDate date) {
    return rows.stream().map(CyclogramRow::item).filter(i -> i.schedule().isOverdue(year, date)).toList();
  }
}
