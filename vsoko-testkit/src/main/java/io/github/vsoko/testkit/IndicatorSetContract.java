package io.github.vsoko.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.AggregationRule;
import io.github.vsoko.indicators.Aggregation;
import io.github.vsoko.indicators.Area;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.Failed;
import io.github.vsoko.indicators.Flag;
import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.indicators.Ratio;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The conformance contract of an indicator set. Implement it in a test class, return your set from
 * {@link #indicatorSet()}, and jqwik runs every check:
 *
 * <pre>{@code
 * class AcmeSetConformanceTest implements IndicatorSetContract {
 *   public IndicatorSet indicatorSet() { return AcmeSets.regional(); }
 * }
 * }</pre>
 *
 * <p>The checks: definitions are well formed; evaluation is deterministic; empty data gives missing,
 * not-applicable or zero values and never an exception; evaluation is thread-safe; and aggregating
 * two organizations equals computing on the union of their records (for every indicator whose
 * aggregation is additive, except those named in {@link #nonAdditiveCodes()}).
 *
 * @since 0.1.0
 */
public interface IndicatorSetContract {
  /** The set under test. */
  IndicatorSet indicatorSet();

  /** Policies to evaluate with (defaults unless overridden). */
  default Policies policies() {
    return Policies.defaults();
  }

  /** Codes whose values legitimately do not aggregate to the union's value (a median, say). */
  default Set<String> nonAdditiveCodes() {
    return Set.of();
  }

  /** Random data of one organization; override to generate data your indicators need. */
  @Provide
  default Arbitrary<SchoolData> firstOrganization() {
    return SchoolDataArbitraries.schoolData("a", 2024);
  }

  /** Random data of a second organization, with other ids. */
  @Provide
  default Arbitrary<SchoolData> secondOrganization() {
    return SchoolDataArbitraries.schoolData("b", 2024);
  }

  private EvaluationResult evaluate(SchoolData data) {
    return IndicatorEvaluator.evaluate(indicatorSet(), data, EvaluationOptions.defaults().withPolicies(policies()));
  }

  /** Codes are unique, parents come first, titles are set, every row with a unit has a value. */
  @Example
  default void definitionsAreWellFormed() {
    IndicatorSet set = indicatorSet();
    assertThat(set.definitions()).as("definitions of %s", set.id()).isNotEmpty();
    Set<String> seen = new HashSet<>();
    for (IndicatorDefinition d : set.definitions()) {
      assertThat(seen.add(d.code())).as("code %s is unique", d.id()).isTrue();
      assertThat(d.setId()).as("set of %s", d.id()).isEqualTo(set.id());
      assertThat(d.title()).as("title of %s", d.id()).isNotBlank().isEqualTo(d.title().strip());
      d.parentCode().ifPresent(p -> assertThat(seen).as("parent of %s comes first", d.id()).contains(p));
      assertThat(set.calculator(d.code()).isPresent()).as("%s has a calculator exactly when it is not a heading", d.id())
          .isEqualTo(!d.isHeading());
    }
  }

  /** The same data gives the same results, explanations and policies, twice. */
  @Property(tries = 30)
  default void isDeterministic(@ForAll("firstOrganization") SchoolData data) {
    assertThat(evaluate(data).results()).isEqualTo(evaluate(data).results());
  }

  /** No records: every value is missing, not applicable or zero; nothing throws, nothing is invented. */
  @Example
  default void emptyDataGivesMissingNotApplicableOrZeroNeverAnException() {
    for (IndicatorResult r : evaluate(SchoolDataArbitraries.empty()).results()) {
      IndicatorValue v = r.value();
      assertThat(v).as("%s on empty data", r.definition().id()).isNotInstanceOf(Failed.class);
      if (v.isPresent()) {
        assertThat(isZero(v)).as("%s on empty data must be zero, missing or not applicable, was %s", r.definition().id(), v)
            .isTrue();
      }
    }
  }

  private static boolean isZero(IndicatorValue v) {
    if (v instanceof Count c) {
      return c.value() == 0;
    }
    if (v instanceof Share s) {
      return s.numerator() == 0;
    }
    if (v instanceof Ratio r) {
      return r.numerator().signum() == 0 || r.denominator().signum() == 0;
    }
    if (v instanceof Area a) {
      return a.squareMetres().signum() == 0;
    }
    if (v instanceof Flag f) {
      return !f.value();
    }
    return false;
  }

  /** Evaluating from several threads at once gives what one thread gives. */
  @Property(tries = 10)
  default void isThreadSafe(@ForAll("firstOrganization") SchoolData data) throws Exception {
    List<IndicatorResult> expected = evaluate(data).results();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<IndicatorResult>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> evaluate(data).results()));
      }
      for (Future<List<IndicatorResult>> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Aggregating two organizations' values equals computing them on the union of their records — except where a part
   * has no value (its inputs absent, {@link io.github.vsoko.indicators.Missing}): the aggregate is then absent too, as
   * {@link Aggregation} documents, whatever the union computes from the other part.
   */
  @Property(tries = 30)
  default void aggregateOfPartsEqualsComputationOnTheUnion(
      @ForAll("firstOrganization") SchoolData a, @ForAll("secondOrganization") SchoolData b) {
    IndicatorSet set = indicatorSet();
    Organization union = Organization.of("union", "Свод", "Свод", OrganizationKind.OTHER);
    EvaluationResult ra = evaluate(a);
    EvaluationResult rb = evaluate(b);
    EvaluationResult aggregate = Aggregation.aggregate(set, "union", a.period(), List.of(ra, rb));
    EvaluationResult direct = evaluate(SchoolDataUnion.of(union, a, b));
    for (IndicatorResult r : direct.results()) {
      AggregationRule rule = r.definition().aggregation();
      if (rule == AggregationRule.COUNT_YES || rule == AggregationRule.NONE || nonAdditiveCodes().contains(r.definition().code())) {
        continue;
      }
      IndicatorValue combined = aggregate.value(r.definition().code()).orElseThrow();
      String code = r.definition().code();
      if (ra.value(code).orElseThrow() instanceof io.github.vsoko.indicators.Missing
          || rb.value(code).orElseThrow() instanceof io.github.vsoko.indicators.Missing) {
        assertThat(combined).as("aggregate of %s with a part without data", r.definition().id())
            .isInstanceOf(io.github.vsoko.indicators.Missing.class);
        continue;
      }
      if (r.value().isPresent()) {
        assertThat(combined).as("aggregate of %s", r.definition().id()).isEqualTo(r.value());
      } else {
        assertThat(combined.isPresent()).as("aggregate of %s is absent like the union's %s, was %s", r.definition().id(),
            r.value(), combined).isFalse();
      }
    }
  }
}
