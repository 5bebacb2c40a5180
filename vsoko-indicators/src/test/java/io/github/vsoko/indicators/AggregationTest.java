package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregationTest {
  private static final Source SOURCE = new Source("test", "1");

  private static IndicatorDefinition definition(Unit unit) {
    return new IndicatorDefinition("test.set", "1", "t", unit, Optional.empty(), Optional.empty(), SOURCE,
        Optional.empty(), IndicatorDefinition.defaultAggregation(unit));
  }

  @Test
  void sharesAreSummedByPartsNeverAveraged() {
    IndicatorValue v = Aggregation.aggregate(definition(Unit.PERSONS_SHARE), List.of(new Share(1, 2), new Share(1, 98)));
    assertThat(v).isEqualTo(new Share(2, 100));
  }

  @Test
  void meansAreSummedBySumsAndCounts() {
    IndicatorValue v = Aggregation.aggregate(definition(Unit.SCORE),
        List.of(new Mean(new BigDecimal("10"), 2), new Mean(new BigDecimal("40"), 8)));
    assertThat(v).isEqualTo(new Mean(new BigDecimal("50"), 10));
  }

  @Test
  void flagsBecomeCountsOfYes() {
    IndicatorValue v = Aggregation.aggregate(definition(Unit.FLAG), List.of(new Flag(true), new Flag(false), new Flag(true)));
    assertThat(v).isEqualTo(new Share(2, 3));
  }

  @Test
  void countsAndRatiosAreSummed() {
    assertThat(Aggregation.aggregate(definition(Unit.PERSONS), List.of(new Count(3), new Count(4)))).isEqualTo(new Count(7));
    assertThat(Aggregation.aggregate(definition(Unit.PERSONS_PER_PERSON), List.of(Ratio.of(1, 10), Ratio.of(3, 10))))
        .isEqualTo(Ratio.of(4, 20));
  }

  @Test
  void aMissingPartMakesTheAggregateMissingAndNotApplicablePartsAreLeftOut() {
    assertThat(Aggregation.aggregate(definition(Unit.PERSONS), List.of(new Count(3), new Missing("x"))))
        .isEqualTo(new Missing("нет значения у 1 из 2 организаций"));
    assertThat(Aggregation.aggregate(definition(Unit.SCORE),
        List.of(new Mean(BigDecimal.ONE, 1), new NotApplicable("нет ГИА")))).isEqualTo(new Mean(BigDecimal.ONE, 1));
  }

  @Test
  void aggregatesUpTheHierarchyOfAMunicipality() {
    IndicatorSet set = IndicatorRegistry.discover().requireSet("order1324.general");
    io.github.vsoko.model.school.SchoolData a = SmallSchool.data();
    io.github.vsoko.model.organization.Organization other = secondSchool();
    io.github.vsoko.model.school.SchoolData b = io.github.vsoko.model.school.SchoolData.builder(other, a.period())
        .students(List.of(io.github.vsoko.model.school.Student.of("x1", io.github.vsoko.model.school.ClassName.parse("3А"),
            java.time.LocalDate.of(2021, 9, 1)))).build();
    var hierarchy = io.github.vsoko.model.organization.OrgHierarchy.of(List.of(
        io.github.vsoko.model.organization.OrgUnit.region("r", "Регион"),
        io.github.vsoko.model.organization.OrgUnit.municipality("m", "Муниципалитет", "r"),
        io.github.vsoko.model.organization.OrgUnit.organization(a.organization(), "m"),
        io.github.vsoko.model.organization.OrgUnit.organization(other, "m")));
    EvaluationResult municipality = Aggregation.aggregate(set, hierarchy, "m", a.period(), java.util.Map.of(
        "sch1", IndicatorEvaluator.evaluate(set, a), "sch2", IndicatorEvaluator.evaluate(set, b)));
    assertThat(municipality.unitId()).isEqualTo("m");
    assertThat(municipality.value("1.1")).contains(new Count(11));
    assertThat(municipality.value("1.2")).contains(new Count(5));
    assertThat(municipality.value("1.20")).contains(new Share(2, 11));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aggregation.aggregate(set, hierarchy, "r", a.period(),
            java.util.Map.of("sch1", IndicatorEvaluator.evaluate(set, a))))
        .isInstanceOf(AggregationException.class)
        .hasMessageContaining("нет расчёта организации «sch2»");
  }

  @Test
  void refusesWhatMustNotBeMerged() {
    IndicatorSet set = IndicatorRegistry.discover().requireSet("order1324.general");
    io.github.vsoko.model.school.SchoolData a = SmallSchool.data();
    io.github.vsoko.model.school.SchoolData b = io.github.vsoko.model.school.SchoolData.builder(secondSchool(), a.period())
        .students(a.students()).marks(a.marks()).build();
    EvaluationResult ra = IndicatorEvaluator.evaluate(set, a);
    EvaluationResult rb = IndicatorEvaluator.evaluate(set, b);
    assertThat(Aggregation.aggregate(set, "m", a.period(), List.of(ra, rb)).unitId()).isEqualTo("m");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aggregation.aggregate(set, "m", a.period(), List.of(ra, ra)))
        .isInstanceOf(AggregationException.class).hasMessageContaining("организация «sch1» входит в него дважды");

    EvaluationResult otherVersion = new EvaluationResult(rb.setId(), "1999", rb.unitId(), rb.period(), rb.results(),
        rb.warnings(), rb.sections());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aggregation.aggregate(set, "m", a.period(), List.of(ra, otherVersion)))
        .isInstanceOf(AggregationException.class)
        .hasMessageContaining("у организации «sch2» расчёт по версии 1999");

    io.github.vsoko.model.time.ReportingPeriod earlier = io.github.vsoko.model.time.ReportingPeriod.calendarYear(2019);
    EvaluationResult otherYear = IndicatorEvaluator.evaluate(set, b.withPeriod(earlier));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aggregation.aggregate(set, "m", a.period(), List.of(ra, otherYear)))
        .isInstanceOf(AggregationException.class)
        .hasMessageContaining("у организации «sch2» расчёт за " + earlier);

    EvaluationResult otherPolicy = IndicatorEvaluator.evaluate(set, b, EvaluationOptions.defaults().withPolicies(
        Policies.defaults().with(io.github.vsoko.indicators.order1324.Order1324Policies.ATTESTATION_BASE,
            io.github.vsoko.indicators.order1324.AttestationBase.GRADED_STUDENTS)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aggregation.aggregate(set, "m", a.period(), List.of(ra, otherPolicy)))
        .isInstanceOf(AggregationException.class)
        .hasMessageContaining("правило «order1324.attestation-base» у организации «sch1» = ALL_STUDENTS, у организации «sch2» = "
            + "GRADED_STUDENTS (показатель 1.5)");

    IndicatorSet preschool = IndicatorRegistry.discover().requireSet("order1324.preschool");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aggregation.aggregate(preschool, "m", a.period(), List.of(ra)))
        .isInstanceOf(AggregationException.class).hasMessageContaining("у организации «sch1» расчёт по набору «order1324.general»");
  }

  private static io.github.vsoko.model.organization.Organization secondSchool() {
    return io.github.vsoko.model.organization.Organization.of("sch2", "Школа 2", "Школа 2",
        io.github.vsoko.model.organization.OrganizationKind.GENERAL);
  }
}
