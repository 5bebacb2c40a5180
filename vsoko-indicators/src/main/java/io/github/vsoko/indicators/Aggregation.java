package io.github.vsoko.indicators;

import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines values across organizations by each definition's {@link AggregationRule}: counts and
 * areas are summed, shares and ratios by summing their parts, means by summing sums and counts,
 * flags as the number answering «да». Percentages are never averaged. An input that is missing or
 * failed makes the aggregate {@link Missing}, naming how many; inputs that do not apply are left out.
 *
 * @since 0.1.0
 */
public final class Aggregation {
  private Aggregation() {}

  /** Aggregates the values of one indicator. */
  public static IndicatorValue aggregate(IndicatorDefinition definition, List<IndicatorValue> values) {
    if (definition.isHeading()) {
      return IndicatorEvaluator.HEADING;
    }
    long missing = values.stream().filter(v -> v instanceof Missing || v instanceof Failed).count();
    if (missing > 0) {
      return new Missing("нет значения у " + missing + " из " + values.size() + " организаций");
    }
    List<IndicatorValue> present = values.stream().filter(IndicatorValue::isPresent).toList();
    if (present.isEmpty()) {
      return values.isEmpty() ? new Missing("нет организаций") : values.get(0);
    }
    try {
      return switch (definition.aggregation()) {
        case SUM -> sum(present);
        case SUM_OF_PARTS -> new Share(
            present.stream().mapToLong(v -> ((Share) v).numerator()).sum(),
            present.stream().mapToLong(v -> ((Share) v).denominator()).sum());
        case MEAN -> new Mean(
            present.stream().map(v -> ((Mean) v).sum()).reduce(BigDecimal.ZERO, BigDecimal::add),
            present.stream().mapToLong(v -> ((Mean) v).n()).sum());
        case RATIO -> new Ratio(
            present.stream().map(v -> ((Ratio) v).numerator()).reduce(BigDecimal.ZERO, BigDecimal::add),
            present.stream().map(v -> ((Ratio) v).denominator()).reduce(BigDecimal.ZERO, BigDecimal::add));
        case COUNT_YES -> new Share(present.stream().filter(v -> ((Flag) v).value()).count(), present.size());
        case NONE -> IndicatorEvaluator.HEADING;
      };
    } catch (ClassCastException e) {
      return new Failed("значения " + definition.id() + " разных видов не складываются: " + present);
    }
  }

  private static void checkMergeable(IndicatorSet set, ReportingPeriod period, List<EvaluationResult> parts) {
    Map<String, EvaluationResult> byUnit = new LinkedHashMap<>();
    Map<String, String> policyValues = new TreeMap<>();
    Map<String, String> policySetBy = new TreeMap<>();
    for (EvaluationResult part : parts) {
      String who = "организации «" + part.unitId() + "»";
      if (!part.setId().equals(set.id())) {
        throw new AggregationException("свод по набору «" + set.id() + "» невозможен: у " + who + " расчёт по набору «"
            + part.setId() + "»");
      }
      if (!part.setVersion().equals(set.version())) {
        throw new AggregationException("свод по набору «" + set.id() + "» версии " + set.version() + " невозможен: у " + who
            + " расчёт по версии " + part.setVersion() + "; пересчитайте её по той же версии");
      }
      if (!part.period().equals(period)) {
        throw new AggregationException("свод за период " + period + " невозможен: у " + who + " расчёт за " + part.period());
      }
      if (byUnit.putIfAbsent(part.unitId(), part) != null) {
        throw new AggregationException("свод невозможен: организация «" + part.unitId() + "» входит в него дважды");
      }
      for (IndicatorResult r : part.results()) {
        for (Map.Entry<String, String> p : r.policies().entrySet()) {
          String before = policyValues.putIfAbsent(p.getKey(), p.getValue());
          if (before == null) {
            policySetBy.put(p.getKey(), part.unitId());
          } else if (!before.equals(p.getValue())) {
            throw new AggregationException("свод невозможен: правило «" + p.getKey() + "» у организации «"
                + policySetBy.get(p.getKey()) + "» = " + before + ", у " + who + " = " + p.getValue()
                + " (показатель " + r.definition().code() + "); рассчитайте все организации с одними правилами");
          }
        }
      }
    }
  }

  private static IndicatorValue sum(List<IndicatorValue> present) {
    if (present.get(0) instanceof Area) {
      return new Area(present.stream().map(v -> ((Area) v).squareMetres()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    return new Count(present.stream().mapToLong(v -> ((Count) v).value()).sum());
  }

  /**
   * Aggregates up the hierarchy: the evaluations of every organization at or under {@code unitId}
   * (a municipality, a region) into one for that unit.
   *
   * @param byOrganization evaluations by organization id
   * @throws AggregationException naming an organization under the unit that has no evaluation, or as
   *     {@link #aggregate(IndicatorSet, String, ReportingPeriod, List)}
   */
  public static EvaluationResult aggregate(IndicatorSet set, io.github.vsoko.model.organization.OrgHierarchy hierarchy,
      String unitId, ReportingPeriod period, java.util.Map<String, EvaluationResult> byOrganization) {
    List<EvaluationResult> parts = new ArrayList<>();
    for (String organization : hierarchy.organizationsUnder(unitId)) {
      EvaluationResult part = byOrganization.get(organization);
      if (part == null) {
        throw new AggregationException("свод по «" + unitId + "» невозможен: нет расчёта организации «" + organization + "»");
      }
      parts.add(part);
    }
    return aggregate(set, unitId, period, parts);
  }

  /**
   * Aggregates evaluations of one set for several organizations into one for {@code unitId};
   * the consistency rules of {@code set} run over the aggregate.
   *
   * @throws AggregationException if an evaluation is of another set or set version, of another period, of an
   *     organization already among the parts, or computed under other policy values than another part
   */
  public static EvaluationResult aggregate(IndicatorSet set, String unitId, ReportingPeriod period,
      List<EvaluationResult> parts) {
    checkMergeable(set, period, parts);
    List<IndicatorResult> results = new ArrayList<>();
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (IndicatorDefinition definition : set.definitions()) {
      List<IndicatorResult> found = parts.stream().map(p -> p.result(definition.code())).flatMap(java.util.Optional::stream).toList();
      if (found.isEmpty()) {
        continue;
      }
      IndicatorValue value = aggregate(definition, found.stream().map(IndicatorResult::value).toList());
      Map<String, String> policies = new TreeMap<>();
      found.forEach(r -> policies.putAll(r.policies()));
      results.add(new IndicatorResult(definition, value, definition.isHeading() ? ""
          : definition.code() + " = свод по " + found.size() + " организациям (" + definition.aggregation() + ")",
          policies, List.of()));
      if (!definition.isHeading()) {
        values.put(definition.code(), value);
      }
    }
    List<ValidationWarning> warnings = new ArrayList<>();
    set.rules().forEach(rule -> warnings.addAll(rule.check(values)));
    return new EvaluationResult(set.id(), set.version(), unitId, period, results, warnings, set.sections());
  }
}
