package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.Flag;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Mean;
import io.github.vsoko.indicators.Missing;
import io.github.vsoko.indicators.NotApplicable;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.indicators.PolicyKey;
import io.github.vsoko.indicators.Ratio;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

@DisplayName("order1324.general on a hand-computed school")
class GeneralSetTest {
  private static final IndicatorSet SET = IndicatorRegistry.discover().requireSet("order1324.general");

  private static EvaluationResult evaluate(Policies policies) {
    return IndicatorEvaluator.evaluate(SET, SmallSchool.data(), EvaluationOptions.defaults().withPolicies(policies));
  }

  private static Mean mean(long sum, long n) {
    return new Mean(BigDecimal.valueOf(sum), n);
  }

  static Stream<Arguments> defaults() {
    Map<String, IndicatorValue> e = new LinkedHashMap<>();
    e.put("1.1", new Count(10));
    e.put("1.2", new Count(4));
    e.put("1.3", new Count(4));
    e.put("1.4", new Count(2));
    e.put("1.5", new Share(4, 10));
    e.put("1.6", mean(21, 6));
    e.put("1.7", mean(18, 6));
    e.put("1.8", mean(180, 4));
    e.put("1.9", mean(115, 3));
    e.put("1.10", new Share(1, 6));
    e.put("1.11", new Share(1, 6));
    e.put("1.12", new Share(1, 4));
    e.put("1.13", new Share(2, 4));
    e.put("1.14", new Share(1, 6));
    e.put("1.15", new Share(1, 4));
    e.put("1.16", new Share(1, 6));
    e.put("1.17", new Share(1, 4));
    e.put("1.18", new Share(4, 10));
    e.put("1.19", new Share(3, 10));
    e.put("1.19.1", new Share(1, 10));
    e.put("1.19.2", new Share(1, 10));
    e.put("1.19.3", new Share(1, 10));
    e.put("1.20", new Share(2, 10));
    e.put("1.21", new Share(2, 10));
    e.put("1.22", new Share(1, 10));
    e.put("1.23", new Share(1, 10));
    e.put("1.24", new Count(7));
    e.put("1.25", new Share(5, 7));
    e.put("1.26", new Share(3, 7));
    e.put("1.27", new Share(1, 7));
    e.put("1.28", new Share(1, 7));
    e.put("1.29", new Share(3, 7));
    e.put("1.29.1", new Share(1, 7));
    e.put("1.29.2", new Share(2, 7));
    e.put("1.30", new NotApplicable("строка-заголовок: значения в 1.30.1 и 1.30.2"));
    e.put("1.30.1", new Share(2, 7));
    e.put("1.30.2", new Share(1, 7));
    e.put("1.31", new Share(1, 7));
    e.put("1.32", new Share(2, 7));
    e.put("1.33", new Share(3, 8));
    e.put("1.34", new Share(2, 8));
    e.put("2.1", Ratio.of(3, 10));
    e.put("2.2", Ratio.of(25, 10));
    e.put("2.3", new Flag(true));
    e.put("2.4", new Flag(true));
    e.put("2.4.1", new Flag(true));
    e.put("2.4.2", new Flag(false));
    e.put("2.4.3", new Flag(false));
    e.put("2.4.4", new Flag(true));
    e.put("2.4.5", new Flag(false));
    e.put("2.5", new Share(10, 10));
    e.put("2.6", new Ratio(new BigDecimal("150.5"), BigDecimal.TEN));
    return e.entrySet().stream().map(x -> Arguments.of(x.getKey(), x.getValue()));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("defaults")
  void computesEveryIndicatorWithDefaultPolicies(String code, IndicatorValue expected) {
    assertThat(evaluate(Policies.defaults()).value(code)).contains(expected);
  }

  @Test
  void everyRowWithAUnitIsComputedAndTheDataIsConsistent() {
    EvaluationResult result = evaluate(Policies.defaults());
    assertThat(result.results()).hasSize(SET.definitions().size());
    assertThat(result.results()).filteredOn(r -> !r.definition().isHeading())
        .allSatisfy(r -> assertThat(r.value()).isNotInstanceOf(io.github.vsoko.indicators.Failed.class));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void explainsValuesInRussianAndRecordsThePoliciesUsed() {
    IndicatorResult r = evaluate(Policies.defaults()).result("1.5").orElseThrow();
    assertThat(r.explanation()).isEqualTo("1.5 = 4 из 10 учащихся (годовые отметки 2023/2024) = 40 %");
    assertThat(r.policies()).containsEntry("order1324.attestation-base", "ALL_STUDENTS");
    IndicatorResult staff = evaluate(Policies.defaults()).result("1.24").orElseThrow();
    assertThat(staff.policies()).containsOnlyKeys("order1324.staff-scope", "order1324.internal-part-time");
    assertThat(staff.explanation()).isEqualTo("1.24 = 7 педагогических работников (внутренние совместители учтены: 1, внешние не учтены)");
    IndicatorResult excluded = evaluate(Policies.defaults().with(Order1324Policies.INTERNAL_PART_TIME, InternalPartTime.EXCLUDE))
        .result("1.33").orElseThrow();
    assertThat(excluded.explanation()).endsWith("(внутренние совместители не учтены, внешние не учтены)");
  }

  @Test
  void drillDownListsTheContributingRecords() {
    EvaluationResult r = IndicatorEvaluator.evaluate(SET, SmallSchool.data(), EvaluationOptions.defaults().withDrillDown());
    assertThat(r.result("1.5").orElseThrow().contributors()).containsExactly("s2", "s3", "s5", "s7");
    assertThat(r.result("1.19").orElseThrow().contributors()).containsExactly("s10", "s7", "s9");
    assertThat(evaluate(Policies.defaults()).result("1.5").orElseThrow().contributors()).isEmpty();
  }

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of(Order1324Policies.ATTESTATION_BASE, AttestationBase.GRADED_STUDENTS, "1.5", new Share(4, 6)),
        Arguments.of(Order1324Policies.GIA_STAGE, GiaStage.MAIN_ONLY, "1.6", mean(20, 6)),
        Arguments.of(Order1324Policies.GIA_STAGE, GiaStage.MAIN_ONLY, "1.10", new Share(2, 6)),
        Arguments.of(Order1324Policies.GIA_STAGE, GiaStage.MAIN_ONLY, "1.12", new Share(2, 4)),
        // g5 scored 9 in the main period and 8 in the reserve one: the later attempt stands (Порядок ГИА), also when worse
        Arguments.of(Order1324Policies.OGE_MEAN_SCALE, OgeMeanScale.PRIMARY_SCORE, "1.6", mean(30 + 25 + 18 + 16 + 8, 5)),
        Arguments.of(Order1324Policies.EGE_MATH_MEAN, EgeMathMean.BASE, "1.9", mean(6, 2)),
        Arguments.of(Order1324Policies.EGE_MATH_FAILURE, EgeMathFailure.PROFILE, "1.13", new Share(2, 4)),
        Arguments.of(Order1324Policies.EGE_MATH_FAILURE, EgeMathFailure.BASE, "1.13", new Share(1, 4)),
        Arguments.of(Order1324Policies.EGE_MINIMUM_PURPOSE, EgeMinimumPurpose.ADMISSION, "1.12", new Share(2, 4)),
        Arguments.of(Order1324Policies.GRADUATE_BASE, GraduateBase.PARTICIPANTS, "1.10", new Share(1, 6)),
        Arguments.of(Order1324Policies.CONTEST_COUNTING, ContestCounting.PARTICIPATIONS, "1.18", new Share(5, 10)),
        Arguments.of(Order1324Policies.STAFF_SCOPE, StaffScope.INCLUDE_EXTERNAL, "1.24", new Count(8)),
        Arguments.of(Order1324Policies.INTERNAL_PART_TIME, InternalPartTime.EXCLUDE, "1.24", new Count(6)),
        Arguments.of(Order1324Policies.INTERNAL_PART_TIME, InternalPartTime.EXCLUDE, "1.34", new Share(2, 7)),
        Arguments.of(Order1324Policies.EXPERIENCE_HEADER_ROW, ExperienceHeaderRow.SUM, "1.30", new Share(3, 7)),
        Arguments.of(Order1324Policies.EXPERIENCE_HEADER_ROW, ExperienceHeaderRow.ALL, "1.30", new Share(7, 7)),
        Arguments.of(Order1324Policies.FGOS_TRAINING_WINDOW_YEARS, 3, "1.34", new Share(1, 8)),
        Arguments.of(Order1324Policies.TRAINING_WINDOW_YEARS, 10, "1.33", new Share(4, 8)),
        Arguments.of(Order1324Policies.BROADBAND_SOURCE, BroadbandSource.STUDENT_FLAGS, "2.5", new Share(0, 10)));
  }

  @Test
  void theBestAttemptIsASelectableReading() {
    EvaluationResult best = evaluate(Policies.defaults().with(Order1324Policies.OGE_MEAN_SCALE, OgeMeanScale.PRIMARY_SCORE)
        .with(Order1324Policies.GIA_RETAKE_READING, RetakeReading.BEST));
    assertThat(best.value("1.6")).contains(mean(30 + 25 + 18 + 16 + 9, 5));
  }

  @ParameterizedTest(name = "{0}={1}: {2} = {3}")
  @MethodSource("policies")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void policiesChangeWhatTheyShould(PolicyKey key, Object value, String code, IndicatorValue expected) {
    EvaluationResult result = evaluate(Policies.defaults().with(key, value));
    assertThat(result.value(code)).contains(expected);
    assertThat(result.result(code).orElseThrow().policies()).containsEntry(key.name(), key.print(value));
  }

  @Test
  void anEmptySchoolGivesZerosMissingOrNotApplicableNeverAnException() {
    EvaluationResult result = IndicatorEvaluator.evaluate(SET, SmallSchool.empty());
    assertThat(result.value("1.1")).contains(new Count(0));
    // no annual marks at all: «нет данных», never «0 %»
    assertThat(result.value("1.5")).contains(new Missing("годовые отметки за 2023/2024 учебный год"));
    assertThat(result.value("1.6")).get().isInstanceOf(NotApplicable.class);
    assertThat(result.value("1.14")).contains(new Share(0, 0));
    assertThat(result.value("2.1")).contains(new Missing("сведения об инфраструктуре"));
    assertThat(result.results()).allSatisfy(r -> assertThat(r.value()).isNotInstanceOf(io.github.vsoko.indicators.Failed.class));
    assertThat(ValueFormat.defaults().format(result.value("1.14").orElseThrow())).isEqualTo("0 человек / —");
  }

  @Test
  void missingExperienceIsReportedNotGuessed() {
    var data = SmallSchool.data().toBuilder()
        .staffMember(io.github.vsoko.model.school.StaffMember.builder("t9", "учитель", java.time.LocalDate.of(1990, 1, 1),
            java.time.LocalDate.of(2015, 9, 1)).build())
        .build();
    IndicatorValue v = IndicatorEvaluator.evaluate(SET, data).value("1.30.1").orElseThrow();
    assertThat(v).isEqualTo(new Missing("педагогический стаж у 1 работников: t9"));
  }
}
