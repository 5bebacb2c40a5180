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
import io.github.vsoko.indicators.Missing;
import io.github.vsoko.indicators.NotApplicable;
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
 * <p>The checks, each a named test whose message says what is wrong and how to fix it:
 * {@code definitionsAreWellFormed}; {@code isDeterministic}; {@code emptyDataGivesMissingNotApplicableOrZeroNeverAnException};
 * {@code neverFailsOnRealisticData} (ВПР, ГИА with retakes, literacy, olympiads, staff, marks);
 * {@code sharesStayWithinZeroAndHundredPercent}; {@code valuesDoNotDependOnRecordOrder};
 * {@code missingOnlyWhereDataAreAbsent} (on data with every kind of record, «нет данных» where «не применяется» is
 * meant); {@code isThreadSafe}; and {@code aggregateOfPartsEqualsComputationOnTheUnion} (for every indicator whose
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

  /**
   * Codes whose value may be {@link Missing} even on data with every kind of record (a row that needs input the
   * generators do not make, say a regional register); every other {@code Missing} there fails
   * {@code missingOnlyWhereDataAreAbsent}.
   */
  default Set<String> missingOnCompleteData() {
    return Set.of();
  }

  /** Random data with every kind of record the built-in sets read; override to add what your indicators need. */
  @Provide
  default Arbitrary<SchoolData> completeOrganization() {
    return SchoolDataArbitraries.completeSchoolData("c", 2024);
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

  /** No calculator throws on realistic data, sparse or full: a {@link Failed} value is a bug of the set. */
  @Property(tries = 40)
  default void neverFailsOnRealisticData(@ForAll("firstOrganization") SchoolData data) {
    for (IndicatorResult r : evaluate(data).results()) {
      if (r.value() instanceof Failed f) {
        throw new AssertionError(r.definition().id() + " не рассчитан на реалистичных данных: " + f.message()
            + ". Калькулятор бросил исключение; обработайте отсутствующие значения (пустой Optional, пустой список, "
            + "нулевую базу) и верните Missing или NotApplicable с пояснением.\n" + f.stackTrace());
      }
    }
  }

  /** Every share is between 0 and 100 %: the numerator is part of the base. */
  @Property(tries = 40)
  default void sharesStayWithinZeroAndHundredPercent(@ForAll("firstOrganization") SchoolData data) {
    for (IndicatorResult r : evaluate(data).results()) {
      if (r.value() instanceof Share share && share.numerator() > share.denominator()) {
        throw new AssertionError(r.definition().id() + " = " + share.numerator() + " из " + share.denominator()
            + " — больше 100 %. Числитель должен быть частью базы: отбирайте его из тех же записей, что и знаменатель "
            + "(те же даты, тот же состав), и считайте людей, а не записи, если база — люди. Пояснение: " + r.explanation());
      }
    }
  }

  /** The same records listed in another order give the same values. */
  @Property(tries = 30)
  default void valuesDoNotDependOnRecordOrder(@ForAll("firstOrganization") SchoolData data, @ForAll long seed) {
    EvaluationResult original = evaluate(data);
    EvaluationResult reordered = evaluate(RecordOrder.shuffled(data, new java.util.Random(seed)));
    for (IndicatorResult r : original.results()) {
      IndicatorValue other = reordered.value(r.definition().code()).orElseThrow();
      if (!other.equals(r.value())) {
        throw new AssertionError(r.definition().id() + " зависит от порядка записей: " + r.value() + " в исходном порядке, "
            + other + " в другом. Не берите «первую» или «последнюю» запись списка — выбирайте по дате или по правилу и "
            + "сортируйте перед выбором.");
      }
    }
  }

  /**
   * On data with every kind of record nothing is {@link Missing} («нет данных») unless named in
   * {@link #missingOnCompleteData()}: a row that does not concern the organization is {@link NotApplicable}.
   */
  @Property(tries = 30)
  default void missingOnlyWhereDataAreAbsent(@ForAll("completeOrganization") SchoolData data) {
    for (IndicatorResult r : evaluate(data).results()) {
      if (r.value() instanceof Missing m && !missingOnCompleteData().contains(r.definition().code())) {
        throw new AssertionError(r.definition().id() + " = «нет данных» (Missing: " + m.what() + ") на данных, где есть "
            + "записи всех видов. Missing значит «нужных данных нет» и делает «нет данных» весь свод муниципалитета; если "
            + "строка к организации не относится (нет такой ступени, нет выпускников), верните NotApplicable с причиной; "
            + "если ей правда нужны данные, которых генератор не даёт, назовите код в missingOnCompleteData().");
      }
    }
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
