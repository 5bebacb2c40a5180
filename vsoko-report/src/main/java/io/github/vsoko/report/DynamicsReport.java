package io.github.vsoko.report;

import io.github.vsoko.analytics.dynamics.Series;
import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.RussianFormat;
import io.github.vsoko.indicators.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Indicators across years (динамика показателей, report kind {@code dynamics}): one row per indicator with a column per
 * year, the change from the previous year with a value and the trend over the years that have one. A year without a
 * value is a gap — «нет данных» in documents, {@code null} in JSON — never 0, and the trend says over how many years it
 * was taken. JSON: {@code {organization, set, years, indicators: [{code, title, unit, values: {year: number|null},
 * change, trend, trendYears}]}}.
 *
 * @since 0.1.0
 */
public final class DynamicsReport {
  private DynamicsReport() {}

  /**
   * The report.
   *
   * @param organization the organization's short name
   * @param setTitle the indicator set's title
   * @param years the years asked for, in order (those without a document are gaps)
   * @param indicators the indicators, each with its series (values by year)
   * @param date the report's date
   * @param options language
   */
  public static Report build(String organization, String setTitle, List<Integer> years, List<IndicatorSeries> indicators, LocalDate date,
      ReportOptions options) {
    return build(organization, setTitle, years, indicators, java.util.Map.of(), date, options);
  }

  /**
   * The same, saying for each year taken from another year's document which one ({@code historyOf}: year → the year of
   * the document whose class history gave it); JSON {@code fromHistoryOf}.
   */
  public static Report build(String organization, String setTitle, List<Integer> years, List<IndicatorSeries> indicators,
      java.util.Map<Integer, Integer> historyOf, LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<String> head = new ArrayList<>(List.of(l.pick("№ п/п", "No."), l.pick("Показатель", "Indicator"),
        l.pick("Ед. изм.", "Unit")));
    years.forEach(y -> head.add(Integer.toString(y)));
    head.add(l.pick("Изменение за год", "Change"));
    head.add(l.pick("Тренд в год", "Trend a year"));
    List<Row> rows = new ArrayList<>();
    List<ReportData> data = new ArrayList<>();
    for (IndicatorSeries r : indicators) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.definition().code()), Cell.text(r.definition().title()),
          Cell.text(unit(r.definition().unit(), l))));
      ReportData.ObjectBuilder values = ReportData.object();
      for (int y : years) {
        BigDecimal v = r.series().values().get(y);
        cells.add(v == null ? Cell.text(RussianFormat.NO_DATA) : Numbers.decimal(v));
        values.put(Integer.toString(y), v == null ? ReportData.nothing() : ReportData.of(v));
      }
      int last = years.isEmpty() ? 0 : years.get(years.size() - 1);
      Optional<BigDecimal> change = r.series().change(last);
      int withData = (int) years.stream().filter(r.series().values()::containsKey).count();
      Optional<BigDecimal> trend = withData >= 3 ? r.series().trend(Math.min(5, withData)) : Optional.empty();
      cells.add(change.map(c -> Cell.number(signed(c), c, CellKind.DECIMAL)).orElse(Cell.text("—")));
      cells.add(trend.map(t -> Cell.text(signed(t.setScale(2, java.math.RoundingMode.HALF_UP)) + l.pick(" (по " + withData
          + " " + RussianFormat.plural(withData, "году", "годам", "годам") + ")", " (" + withData + " years)")))
          .orElse(Cell.text(l.pick("нет данных (меньше 3 лет)", "no data (under 3 years)"))));
      rows.add(Row.of(cells));
      data.add(ReportData.object().put("code", r.definition().code()).put("title", r.definition().title())
          .put("unit", r.definition().unit().label()).put("values", values.build())
          .put("change", change.map(ReportData::of).orElse(ReportData.nothing()))
          .put("trend", trend.map(ReportData::of).orElse(ReportData.nothing())).put("trendYears", withData >= 3 ? withData : 0)
          .build());
    }
    List<Integer> widths = new ArrayList<>(List.of(7, 40, 9));
    years.forEach(y -> widths.add(8));
    widths.addAll(List.of(10, 14));
    Table table = new Table("dynamics", l.pick("Динамика показателей по годам", "Indicators by year"),
        List.of(Row.of(head.toArray(String[]::new))), rows, widths);
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.text(l.pick("Набор показателей: " + setTitle + ". Доли — в процентах, изменение доли — в процентных "
        + "пунктах; год без данных — «нет данных», тренд (наклон по методу наименьших квадратов) — по годам, где значение "
        + "есть, не менее трёх.", "Set: " + setTitle + ". Shares in percent; a year without data is a gap; the trend is taken "
        + "over the years with a value, at least three.")));
    blocks.add(table);
    ReportData.ObjectBuilder fromHistory = ReportData.object();
    new java.util.TreeMap<>(historyOf).forEach((y, d) -> {
      blocks.add(Paragraph.note(l.pick(y + " год — по истории классов и отметкам документа за " + d + " год (своего документа "
          + "за " + y + " год нет): только контингент и промежуточная аттестация, остальное — «нет данных».", y + ": from the class history and marks of the " + d + " document.")));
      fromHistory.put(Integer.toString(y), d);
    });
    ReportData json = ReportData.object().put("organization", organization).put("set", setTitle)
        .put("years", ReportData.array(years.stream().map(y -> ReportData.of(y)).toList()))
        .put("fromHistoryOf", fromHistory.build())
        .put("indicators", ReportData.array(data)).build();
    return new Report("dynamics", l.pick("Динамика показателей", "Indicators over the years") + ", " + (years.isEmpty() ? ""
        : years.get(0) + "–" + years.get(years.size() - 1)), Optional.of(organization), Optional.empty(), blocks, date, l)
        .withData(json);
  }

  /** One indicator and its values by year (показатель и его ряд). */
  public record IndicatorSeries(IndicatorDefinition definition, Series series) {
    /** Validates. */
    public IndicatorSeries {
      java.util.Objects.requireNonNull(definition, "definition");
      java.util.Objects.requireNonNull(series, "series");
    }
  }

  private static String unit(Unit unit, Language l) {
    return unit == Unit.PERSONS_SHARE ? "%" : unit.label();
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : v.signum() < 0 ? "−" : "") + RussianFormat.number(v.abs());
  }
}
