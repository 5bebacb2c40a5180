package io.github.vsoko.report.internal;

import io.github.vsoko.report.Cell;
import io.github.vsoko.report.CellKind;
import io.github.vsoko.report.Chart;
import io.github.vsoko.report.ChartSeries;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Number printing, axis scaling and the data table shared by the chart renderers. */
final class Charts {
  private Charts() {}

  /** «45,2» — Russian decimal comma, at most one decimal, no trailing zeros. */
  static String number(BigDecimal value) {
    BigDecimal v = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return io.github.vsoko.indicators.RussianFormat.number(v);
  }

  /**
   * A chart's data as a table: a row per category, a column per series («name, unit»), the values as
   * numbers (percent when the unit is «%»). What formats without images show instead of a chart.
   */
  static Table table(Chart c, String caption) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < c.categories().size(); i++) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(c.categories().get(i)));
      for (ChartSeries s : c.series()) {
        BigDecimal v = s.values().get(i);
        cells.add(Cell.number(number(v), v, "%".equals(c.unit()) ? CellKind.PERCENT : CellKind.DECIMAL));
      }
      rows.add(Row.of(cells));
    }
    List<String> head = new ArrayList<>();
    head.add("");
    c.series().forEach(s -> head.add(legend(c, s)));
    return new Table(c.id(), caption, List.of(Row.of(head.toArray(String[]::new))), rows, head.stream().map(h -> 20).toList());
  }

  /** A round axis maximum at or above the largest value: 1, 2, 5 × 10ⁿ. */
  static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** What a series' legend says: its name and the unit of the values («Доля участников, %», «Число участников, человек»). */
  static String legend(Chart c, ChartSeries s) {
    return c.unit().isEmpty() ? s.name() : s.name().isEmpty() ? c.unit() : s.name() + ", " + c.unit();
  }
}
