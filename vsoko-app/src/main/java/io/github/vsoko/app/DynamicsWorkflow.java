package io.github.vsoko.app;

import io.github.vsoko.app.internal.HistoryYears;
import java.util.Optional;
import io.github.vsoko.analytics.dynamics.Dynamics;
import io.github.vsoko.analytics.dynamics.Series;
import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.indicators.order1324.Order1324Sets;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.DynamicsReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes indicators across years (динамика показателей) from one organization's documents, one per calendar year:
 * each document evaluated on its own year; a year without its own document evaluated from the latest later document
 * whose class history holds the academic year ending in it (the report says so); any other year, and an indicator
 * without a value, left as a gap (never 0); the change and the trend over the years with values.
 *
 * @since 0.1.0
 */
public final class DynamicsWorkflow {
  private final IndicatorRegistry registry;

  /** Over the sets of a registry. */
  public DynamicsWorkflow(IndicatorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Runs the dynamics.
   *
   * @throws IllegalArgumentException when the documents are of different organizations or two are of one year, or an
   *     indicator code asked for is not in the set
   */
  public DynamicsOutcome run(DynamicsRequest request) {
    TreeMap<Integer, SchoolData> byYear = new TreeMap<>();
    SchoolData first = request.documents().get(0);
    for (SchoolData d : request.documents()) {
      if (!d.organization().id().equals(first.organization().id())) {
        throw new IllegalArgumentException("документы разных организаций: «" + first.organization().id() + "» и «"
            + d.organization().id() + "» — динамика строится по одной организации");
      }
      int year = d.period().end().getYear();
      if (byYear.put(year, d) != null) {
        throw new IllegalArgumentException("два документа за " + year + " год; оставьте один");
      }
    }
    List<Integer> years = request.years();
    if (years.isEmpty()) {
      years = new ArrayList<>();
      for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
        years.add(y);
      }
    }
    IndicatorSet set = Order1324Sets.resolve(registry, request.setId(), first.organization().kind());
    EvaluationOptions options = EvaluationOptions.defaults().withPolicies(request.policies());
    Map<Integer, EvaluationResult> results = new TreeMap<>();
    Map<Integer, Integer> historyOf = new TreeMap<>();
    for (int y : years) {
      SchoolData d = byYear.get(y);
      if (d != null) {
        results.put(y, IndicatorEvaluator.evaluate(set, d, options));
        continue;
      }
      // a later document whose class history holds the academic year ending in y gives y (the roll and attestation)
      Optional<SchoolData> later = byYear.tailMap(y, false).values().stream().filter(x -> HistoryYears.holds(x, y))
          .reduce((a, b) -> b);
      if (later.isPresent()) {
        results.put(y, HistoryYears.evaluate(set, later.get(), y, options).orElseThrow());
        historyOf.put(y, later.get().period().end().getYear());
      }
    }
    List<IndicatorDefinition> definitions = set.definitions().stream()
        .filter(d -> !d.isHeading() && d.unit() != Unit.NONE)
        .filter(d -> request.codes().isEmpty() || request.codes().contains(d.code())).toList();
    for (String code : request.codes()) {
      if (definitions.stream().noneMatch(d -> d.code().equals(code))) {
        throw new IllegalArgumentException("в наборе «" + set.id() + "» нет показателя «" + code + "»");
      }
    }
    List<Series> series = new ArrayList<>();
    List<DynamicsReport.IndicatorSeries> rows = new ArrayList<>();
    for (IndicatorDefinition def : definitions) {
      Map<Integer, BigDecimal> values = new TreeMap<>();
      results.forEach((y, r) -> r.result(def.code()).map(IndicatorResult::value).flatMap(Dynamics::number)
          .ifPresent(v -> values.put(y, v)));
      Series s = Series.of(def.code(), values);
      series.add(s);
      rows.add(new DynamicsReport.IndicatorSeries(def, s));
    }
    LocalDate date = request.reportOptions().date().orElse(LocalDate.of(years.isEmpty() ? first.period().end().getYear()
        : years.get(years.size() - 1), 12, 31));
    return new DynamicsOutcome(set, years, series, DynamicsReport.build(first.organization().shortName(), set.title(), years,
        rows, historyOf, date, request.reportOptions()));
  }
}
