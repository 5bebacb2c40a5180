package io.github.vsoko.analytics.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.vpr.VprCounts;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.management.Direction;
import io.github.vsoko.model.management.FollowUp;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.Severity;
import io.github.vsoko.model.management.Verdict;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ManagementRulesTest {
  private static final LocalDate ON = LocalDate.of(2024, 10, 1);

  /** Two works of a school: the counts add up (10 + 15 lowered of 20 + 30 compared = 50 %) and the lower r_s is kept. */
  @Test
  void vprOverSeveralWorksSumsTheCountsAndKeepsTheLowestSpearman() {
    io.github.vsoko.analytics.vpr.VprWork w = new io.github.vsoko.analytics.vpr.VprWork(
        io.github.vsoko.model.school.SchoolSubject.MATHEMATICS, io.github.vsoko.model.school.Grade.of(4), 2024);
    Measurements m = Measurements.of("sch9", "МБОУ СОШ № 9").withVpr(java.util.List.of(
        new io.github.vsoko.analytics.vpr.VprSchoolResult("a", "sch9", w, new VprCounts(20, 0, 0, 0, 0, 10, 8, 2, 0, 0, 0, 0), io.github.vsoko.analytics.vpr.VprMarkCounts.ZERO,
            OptionalDouble.of(0.3), java.util.List.of()),
        new io.github.vsoko.analytics.vpr.VprSchoolResult("b", "sch9", w, new VprCounts(30, 0, 0, 0, 0, 15, 10, 5, 0, 0, 0, 0), io.github.vsoko.analytics.vpr.VprMarkCounts.ZERO,
            OptionalDouble.of(-0.1), java.util.List.of())));
    assertThat(m.value("vpr.lowered")).contains(new BigDecimal("50.00"));
    assertThat(m.value("vpr.spearman")).contains(new BigDecimal("-0.1000"));
    assertThat(Measurements.of("x", "X").withVpr(java.util.List.of()).values()).isEmpty();
  }

  @Test
  void builtInRulesTurnSignalsIntoFindingsAndAddressedRecommendations() {
    // ВПР: 50 compared, 25 lowered (50 %), r_s negative; attestation: progress 90 %, quality 80 %
    VprCounts vpr = new VprCounts(52, 3, 0, 2, 0, 25, 20, 5, 4, 600, 8000, 0);
    AttestationCounts att = new AttestationCounts(6, 2, 1, 0, 1, 1, 0);
    Measurements m = Measurements.of("sch9", "МБОУ СОШ № 9").withVpr(vpr, OptionalDouble.of(-0.21))
        .withAttestation(att, AttestationOptions.defaults());
    assertThat(m.value("vpr.lowered")).contains(new BigDecimal("50.00"));
    ManagementOutcome o = ManagementRules.builtIn().apply(m, ON);
    // 50 % lowered fires both «above 40» and «above 20»: the stronger threshold's finding replaces the weaker one
    assertThat(o.findings()).extracting(f -> f.id()).containsExactly("vpr-negative-correlation@sch9", "vpr-lowered-high@sch9",
        "attestation-progress-low@sch9");
    assertThat(o.notes()).containsExactly("правило «vpr-lowered-medium» не дало отдельного вывода: на то же измерение сработало "
        + "более строгое «vpr-lowered-high»");
    assertThat(o.findings().get(1).observation())
        .isEqualTo("МБОУ СОШ № 9: 50 % участников ВПР понизили отметку по журналу (порог 40 %, неофициальный)");
    assertThat(o.count(Severity.HIGH)).isEqualTo(3);
    Recommendation r = o.recommendations().get(2);
    assertThat(r.reason()).contains("МБОУ СОШ № 9: успеваемость 90 % ниже 95 %");
    assertThat(r.addressees()).extracting(a -> a.display()).containsExactly("МБОУ СОШ № 9", "Руководители ОО");
    assertThat(r.action()).startsWith("Разработать четкую последовательность работы с неуспешными детьми");
    assertThat(r.control().orElseThrow().baseline()).contains(new BigDecimal("90.00"));
    assertThat(r.control().orElseThrow().target()).contains(new BigDecimal("95"));
    assertThat(r.control().orElseThrow().direction()).isEqualTo(Direction.INCREASE);
    assertThat(r.findingIds()).containsExactly("attestation-progress-low@sch9");
    // follow-up in the next period compares the control indicator with its baseline
    var result = new FollowUp(r.id(), LocalDate.of(2025, 6, 1), Optional.of(LocalDate.of(2025, 5, 1)),
        Optional.of(new BigDecimal("96"))).evaluate(r, AcademicYear.starting(2024));
    assertThat(result.controlIndicatorMoved()).isEqualTo(Verdict.YES);
    assertThat(result.targetReached()).isEqualTo(Verdict.YES);
  }

  @Test
  void theSmallSchoolFromItsOwnData() {
    AttestationCounts att = AttestationAnalysis.total(AttestationAnalysis.analyse(SmallSchool.data(),
        ReportingPeriod.academicYear(AcademicYear.starting(2023)), AttestationGrouping.SCHOOL, AttestationOptions.defaults()));
    Measurements m = Measurements.of("sch1", "МБОУ СОШ № 1").withAttestation(att, AttestationOptions.defaults())
        .withIndicators(IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), SmallSchool.data()));
    assertThat(m.value("order1324.general/1.5")).contains(new BigDecimal("40.00"));
    ManagementRules custom = ManagementRules.load("rules.yaml", new StringReader("""
        format: vsoko-rules/1
        rules:
          - id: share-45
            metric: order1324.general/1.5
            below: 45
            finding: "{organization}: доля успевающих на «4» и «5» {value} %"
            severity: low
            addressee: Руководители МО
            action: Провести анализ
            responsible: Заместитель директора по УВР
            deadline: до 01.09.2025
            direction: increase
        """));
    ManagementOutcome o = custom.apply(m, ON);
    assertThat(o.findings()).singleElement().satisfies(f -> {
      assertThat(f.observation()).isEqualTo("МБОУ СОШ № 1: доля успевающих на «4» и «5» 40 %");
      assertThat(f.indicator().orElseThrow().display()).isEqualTo("order1324.general/1.5");
    });
    assertThat(ManagementRules.builtIn().apply(m, ON).findings()).extracting(f -> f.id())
        .containsExactly("attestation-progress-low@sch1");
  }

  /** ВПР rules judge only what rests on at least 10 compared participants: 9 is noise, 10 is a finding. */
  @Test
  void aMeasurementOnTooFewParticipantsGivesNoFindingAndSaysSo() {
    VprCounts nine = new VprCounts(9, 0, 0, 0, 0, 5, 4, 0, 0, 0, 0, 0);
    VprCounts ten = new VprCounts(10, 0, 0, 0, 0, 5, 5, 0, 0, 0, 0, 0);
    ManagementOutcome few = ManagementRules.builtIn().apply(Measurements.of("s", "Школа").withVpr(nine, OptionalDouble.empty()), ON);
    assertThat(few.findings()).isEmpty();
    assertThat(few.notes()).containsExactly(
        "правило «vpr-lowered-high» не применено: vpr.lowered = 55,56 по 9 участникам, нужно не менее 10",
        "правило «vpr-lowered-medium» не применено: vpr.lowered = 55,56 по 9 участникам, нужно не менее 10");
    ManagementOutcome enough = ManagementRules.builtIn().apply(Measurements.of("s", "Школа").withVpr(ten, OptionalDouble.empty()), ON);
    assertThat(enough.findings()).extracting(f -> f.id()).containsExactly("vpr-lowered-high@s");
    // a measurement whose sample is not known is judged by a rule without a minimum, never by one with it
    Measurements unknown = Measurements.of("s", "Школа").with("vpr.lowered", new BigDecimal("50"));
    assertThat(ManagementRules.builtIn().apply(unknown, ON).findings()).isEmpty();
  }

  /**
   * Follow-up by hand: quality 75,76 % below the school's 78 % → a recommendation with baseline 75,76 and target 78;
   * a year later 79,48 %: moved the right way (79,48 > 75,76) and reached (79,48 ≥ 78); done on 14.03.2024, deadline
   * «до 01.06.2024» → on time. Progress 97,02 below 98 → 97,85 a year later: moved, not reached; moved to 15.09.2024
   * and not done by the check on 31.08.2024 → not yet judged («нет данных»); late once that date has passed.
   */
  @Test
  void aFollowUpComputedByHand() {
    ManagementRules school = ManagementRules.load("rules.yaml", new StringReader("""
        format: vsoko-rules/1
        rules:
          - id: quality
            metric: attestation.quality
            below: 78
            finding: "{organization}: качество знаний {value} % ниже {threshold} %"
            severity: medium
            addressee: Руководители МО
            action: План работы с обучающимися, имеющими одну «3»
            responsible: Заместитель директора по УВР
            deadline: до 01.06.2024
            direction: increase
          - id: progress
            metric: attestation.progress
            below: 98
            finding: "{organization}: успеваемость {value} %"
            severity: high
            addressee: Руководители ОО
            action: Индивидуальные маршруты для неуспевающих
            responsible: Заместитель директора по УВР
            deadline: до 30.06.2024
            direction: increase
        """));
    Measurements before = Measurements.of("s7", "МБОУ СОШ № 7").with("attestation.quality", new BigDecimal("75.76"), 670)
        .with("attestation.progress", new BigDecimal("97.02"), 670);
    List<Recommendation> issued = school.apply(before, LocalDate.of(2023, 8, 31)).recommendations();
    assertThat(issued).extracting(r -> r.reason().orElseThrow()).containsExactly(
        "МБОУ СОШ № 7: качество знаний 75,76 % ниже 78 %", "МБОУ СОШ № 7: успеваемость 97,02 %");
    Recommendation quality = issued.get(0).toBuilder()
        .execution(io.github.vsoko.model.plan.Execution.done(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 3, 14),
            Optional.of("План работы МО от 14.03.2024"))).build();
    Recommendation progress = issued.get(1).toBuilder()
        .execution(io.github.vsoko.model.plan.Execution.moved(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 15),
            Optional.of("смена заместителя"))).build();
    Measurements after = Measurements.of("s7", "МБОУ СОШ № 7").with("attestation.quality", new BigDecimal("79.48"), 690)
        .with("attestation.progress", new BigDecimal("97.85"), 690);
    AcademicYear year = AcademicYear.starting(2023);
    LocalDate check = LocalDate.of(2024, 8, 31);
    RecommendationFollowUp q = RecommendationFollowUp.check(quality, Optional.of(after), year, check);
    assertThat(q.observed()).contains(new BigDecimal("79.48"));
    assertThat(q.result()).isEqualTo(new io.github.vsoko.model.management.FollowUpResult(Verdict.YES, Verdict.YES, Verdict.YES));
    RecommendationFollowUp p = RecommendationFollowUp.check(progress, Optional.of(after), year, check);
    assertThat(p.result()).isEqualTo(new io.github.vsoko.model.management.FollowUpResult(Verdict.UNKNOWN, Verdict.YES, Verdict.NO));
    // moved to 15.09.2024: not yet due on 31.08 — on the 16th of September, with nothing done, it is late
    assertThat(RecommendationFollowUp.check(progress, Optional.of(after), year, LocalDate.of(2024, 9, 16)).result().doneByDeadline())
        .isEqualTo(Verdict.NO);
    assertThat(p.record().orElseThrow().state()).isEqualTo(io.github.vsoko.model.plan.ExecutionState.MOVED);
    // the school not measured this year: nothing to compare, «нет данных»
    RecommendationFollowUp none = RecommendationFollowUp.check(quality, Optional.empty(), year, check);
    assertThat(none.observed()).isEmpty();
    assertThat(none.result().targetReached()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void municipalListPutsTheRiskiestFirst() {
    Measurements good = Measurements.of("a", "Школа А").with("attestation.progress", new BigDecimal("99"));
    Measurements bad = Measurements.of("b", "Школа Б").with("attestation.progress", new BigDecimal("80"))
        .with("attestation.quality", new BigDecimal("30"));
    Measurements medium = Measurements.of("c", "Школа В").with("attestation.quality", new BigDecimal("45"));
    List<ManagementOutcome> list = ManagementRules.builtIn().applyAll(List.of(good, medium, bad), ON);
    assertThat(list).extracting(ManagementOutcome::organizationId).containsExactly("b", "c", "a");
    assertThat(list).filteredOn(ManagementOutcome::needsRecommendations).extracting(ManagementOutcome::organizationId)
        .containsExactly("b", "c");
  }

  @Test
  void badRulesAreNamed() {
    assertThatThrownBy(() -> ManagementRules.load("r.yaml", new StringReader("rules: []")))
        .hasMessageContaining("r.yaml: ожидается документ с «format: vsoko-rules/1»");
    assertThatThrownBy(() -> ManagementRules.load("r.yaml", new StringReader("""
        format: vsoko-rules/1
        rules:
          - id: x
            metric: attestation.quality
            below: пятьдесят
        """))).hasMessage("r.yaml, правило 1 («x»): поле «below»: ожидается число, получено «пятьдесят»");
    assertThatThrownBy(() -> ManagementRules.load("r.yaml", new StringReader("""
        format: vsoko-rules/1
        rules:
          - id: x
            metric: attestation.quality
            below: 50
            finding: f
            severity: catastrophic
            addressee: a
            action: b
            responsible: c
            deadline: постоянно
            direction: increase
        """))).hasMessageContaining("r.yaml, правило 1 («x»)").hasMessageContaining("CATASTROPHIC");
  }
}
