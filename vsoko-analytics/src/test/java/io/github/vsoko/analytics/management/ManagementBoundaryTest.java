package io.github.vsoko.analytics.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.vpr.VprCounts;
import io.github.vsoko.model.framework.FreeTextIndicator;
import io.github.vsoko.model.management.ControlIndicator;
import io.github.vsoko.model.management.Direction;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RecommendationStatus;
import io.github.vsoko.model.management.Severity;
import io.github.vsoko.model.management.Verdict;
import io.github.vsoko.model.plan.Execution;
import io.github.vsoko.model.time.AcademicYear;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The management cycle's measurements, thresholds, ordering and follow-up at their edges. */
class ManagementBoundaryTest {
  private static final LocalDate ON = LocalDate.of(2024, 10, 1);

  /** One of three compared participants in each direction: every share is 33,33 % of the compared, not of all. */
  @Test
  void vprSharesAreOfTheComparedParticipants() {
    VprCounts counts = new VprCounts(10, 0, 0, 7, 0, 1, 1, 1, 1, 0, 0, 0);
    Measurements m = Measurements.of("s", "S").withVpr(counts, OptionalDouble.of(0.123456));
    for (String name : List.of("vpr.lowered", "vpr.confirmed", "vpr.raised", "vpr.gaps")) {
      assertThat(m.value(name)).as(name).contains(new BigDecimal("33.33"));
    }
    // 2, 3 and 5 of 10 compared (4 with a gap): 20, 30, 50 and 40 %
    Measurements ten = Measurements.of("s", "S").withVpr(new VprCounts(12, 0, 0, 2, 0, 2, 3, 5, 4, 0, 0, 0), OptionalDouble.empty());
    assertThat(List.of("vpr.lowered", "vpr.confirmed", "vpr.raised", "vpr.gaps")).extracting(n -> ten.value(n).orElseThrow())
        .containsExactly(new BigDecimal("20.00"), new BigDecimal("30.00"), new BigDecimal("50.00"), new BigDecimal("40.00"));
    assertThat(ten.value("vpr.spearman")).isEmpty();
    assertThat(m.value("vpr.spearman")).contains(new BigDecimal("0.1235"));
    Measurements none = Measurements.of("s", "S").withVpr(new VprCounts(10, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0), OptionalDouble.empty());
    assertThat(none.values()).isEmpty(); // nobody compared: no share at all, not 0 and not NaN
  }

  private static ManagementRules rules(String... lines) {
    return ManagementRules.load("r.yaml", new StringReader("format: vsoko-rules/1\nrules:\n" + String.join("\n", lines) + "\n"));
  }

  private static String rule(String id, String metric, String threshold, String severity, String extra) {
    return "  - {id: " + id + ", metric: " + metric + ", " + threshold + ", finding: \"{organization}\", severity: " + severity
        + ", addressee: Руководители ОО, action: Действие, responsible: Директор, deadline: до 01.06.2025, direction: increase"
        + extra + "}";
  }

  @Test
  void aRuleFiresStrictlyPastItsThreshold() {
    ManagementRule below = rules(rule("b", "m", "below: 50", "high", "")).rules().get(0);
    ManagementRule above = rules(rule("a", "m", "above: 50", "high", "")).rules().get(0);
    assertThat(below.firesFor(new BigDecimal("49.99"))).isTrue();
    assertThat(below.firesFor(new BigDecimal("50"))).isFalse();
    assertThat(below.firesFor(new BigDecimal("50.00"))).isFalse();
    assertThat(above.firesFor(new BigDecimal("50.01"))).isTrue();
    assertThat(above.firesFor(new BigDecimal("50"))).isFalse();
    assertThat(above.firesFor(new BigDecimal("49"))).isFalse();
  }

  /** A whole minimum sample may be written «7» or «10.0»; «10.5» is refused with its rule named (the second one here). */
  @Test
  void theMinimumSampleIsAWholeNumber() {
    assertThat(rules(rule("x", "m", "below: 50", "high", ", minSample: 7")).rules().get(0).minSample()).isEqualTo(7);
    assertThat(rules(rule("x", "m", "below: 50", "high", ", minSample: 10.0")).rules().get(0).minSample()).isEqualTo(10);
    assertThat(rules(rule("x", "m", "below: 50", "high", ", minSample: 7.0")).rules().get(0).minSample()).isEqualTo(7);
    assertThatThrownBy(() -> rules(rule("x", "m", "below: 50", "high", ""), "  - не правило"))
        .hasMessageContaining("r.yaml, правило 2");
    assertThat(rules(rule("x", "m", "below: 50", "high", "")).rules().get(0).minSample()).isZero();
    assertThatThrownBy(() -> rules(rule("x", "m", "below: 50", "high", ""), rule("y", "m", "below: 50", "high", ", minSample: 10.5")))
        .hasMessage("r.yaml, правило 2 («y»): поле «minSample»: ожидается целое число, получено «10.5»");
  }

  /**
   * The municipal list: more high findings first, then more medium, then more low, then by organization id — «c» (one
   * high), «b» (one medium), «a» and «e» (one low each, by id), «d» (none).
   */
  @Test
  void theMunicipalListOrdersByHighThenMediumThenLow() {
    ManagementRules r = rules(rule("h", "x.high", "below: 50", "high", ""), rule("m", "x.medium", "below: 50", "medium", ""),
        rule("l", "x.low", "below: 50", "low", ""));
    BigDecimal low = BigDecimal.ONE;
    BigDecimal fine = new BigDecimal("99");
    List<Measurements> orgs = List.of(
        Measurements.of("a", "А").with("x.high", fine).with("x.medium", fine).with("x.low", low),
        Measurements.of("e", "Е").with("x.high", fine).with("x.medium", fine).with("x.low", low),
        Measurements.of("d", "Д").with("x.high", fine).with("x.medium", fine).with("x.low", fine),
        Measurements.of("b", "Б").with("x.high", fine).with("x.medium", low).with("x.low", fine),
        Measurements.of("c", "В").with("x.high", low).with("x.medium", fine).with("x.low", fine));
    List<ManagementOutcome> list = r.applyAll(orgs, ON);
    assertThat(list).extracting(ManagementOutcome::organizationId).containsExactly("c", "b", "a", "e", "d");
    ManagementOutcome all = r.apply(Measurements.of("z", "Я").with("x.high", low).with("x.medium", low).with("x.low", low), ON);
    assertThat(List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)).extracting(all::count).containsExactly(1L, 1L, 1L);
    assertThat(list.get(0).count(Severity.HIGH)).isEqualTo(1);
    assertThat(list.get(0).count(Severity.LOW)).isZero();
  }

  private static Recommendation recommendation(Execution... executions) {
    Recommendation.Builder b = Recommendation.builder("r1", "Провести диагностику")
        .addressee(new io.github.vsoko.model.management.RoleAddressee(new io.github.vsoko.model.framework.Role("Руководители МО")))
        .deadline("до 01.06.2024")
        .control(new ControlIndicator(new FreeTextIndicator("доля обучающихся с «2» по ВПР"), Optional.of(new BigDecimal("20")),
            Optional.of(new BigDecimal("10")), Direction.DECREASE));
    for (Execution e : executions) {
      b.execution(e);
    }
    return b.build();
  }

  /** A control indicator written as text is looked up by that text among the measurements. */
  @Test
  void aFreeTextControlIndicatorIsMeasuredByItsText() {
    Measurements now = Measurements.of("s", "S").with("доля обучающихся с «2» по ВПР", new BigDecimal("8"));
    RecommendationFollowUp f = RecommendationFollowUp.check(recommendation(), Optional.of(now), AcademicYear.starting(2023),
        LocalDate.of(2024, 8, 31));
    assertThat(f.observed()).contains(new BigDecimal("8"));
    assertThat(f.result().controlIndicatorMoved()).isEqualTo(Verdict.YES);
    assertThat(f.result().targetReached()).isEqualTo(Verdict.YES);
  }

  /** A control indicator that is a registered indicator is looked up by its id («order1324.general/1.6»). */
  @Test
  void aRegisteredControlIndicatorIsMeasuredByItsId() {
    Recommendation r = recommendation().toBuilder().control(new ControlIndicator(
        io.github.vsoko.model.framework.IndicatorReference.registered("order1324.general/1.6"), Optional.of(new BigDecimal("70")),
        Optional.of(new BigDecimal("75")), Direction.INCREASE)).build();
    Measurements now = Measurements.of("s", "S").with("order1324.general/1.6", new BigDecimal("76"));
    RecommendationFollowUp f = RecommendationFollowUp.check(r, Optional.of(now), AcademicYear.starting(2023), LocalDate.of(2024, 8, 31));
    assertThat(f.observed()).contains(new BigDecimal("76"));
    assertThat(f.result().targetReached()).isEqualTo(Verdict.YES);
  }

  /** Done after the day of the check is not done yet on that day; done on the day is. */
  @Test
  void workDoneAfterTheCheckDoesNotCountOnTheDay() {
    Recommendation r = recommendation(Execution.done(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 20), Optional.of("Справка")));
    AcademicYear year = AcademicYear.starting(2023);
    assertThat(RecommendationFollowUp.check(r, Optional.empty(), year, LocalDate.of(2024, 5, 20)).result().doneByDeadline())
        .isEqualTo(Verdict.YES);
    assertThat(RecommendationFollowUp.check(r, Optional.empty(), year, LocalDate.of(2024, 5, 19)).result().doneByDeadline())
        .isNotEqualTo(Verdict.YES);
  }

  /** Marked done without a dated record: done, but whether on time nobody can say. */
  @Test
  void doneWithoutADateIsNotKnownToBeOnTime() {
    Recommendation r = recommendation().toBuilder().status(RecommendationStatus.DONE).build();
    assertThat(RecommendationFollowUp.check(r, Optional.empty(), AcademicYear.starting(2023), LocalDate.of(2024, 8, 31)).result()
        .doneByDeadline()).isEqualTo(Verdict.UNKNOWN);
    Recommendation open = recommendation();
    assertThat(RecommendationFollowUp.check(open, Optional.empty(), AcademicYear.starting(2023), LocalDate.of(2024, 8, 31)).result()
        .doneByDeadline()).isEqualTo(Verdict.NO);
  }

  /** Moved to 15.09.2024 and done on that very day: on time by the new date; done a day later: late. */
  @Test
  void doneByTheDateItWasMovedTo() {
    Execution moved = Execution.moved(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 15), Optional.of("ремонт"));
    AcademicYear year = AcademicYear.starting(2023);
    LocalDate check = LocalDate.of(2024, 10, 1);
    assertThat(RecommendationFollowUp.check(recommendation(moved,
        Execution.done(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 15), Optional.empty())), Optional.empty(), year, check)
        .result().doneByDeadline()).isEqualTo(Verdict.YES);
    assertThat(RecommendationFollowUp.check(recommendation(moved,
        Execution.done(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 16), Optional.empty())), Optional.empty(), year, check)
        .result().doneByDeadline()).isEqualTo(Verdict.NO);
  }
}
