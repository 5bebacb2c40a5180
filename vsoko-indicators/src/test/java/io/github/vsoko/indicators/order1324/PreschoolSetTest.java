package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.Area;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.Flag;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Missing;
import io.github.vsoko.indicators.Ratio;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.PreschoolChild;
import io.github.vsoko.model.school.PreschoolFacilities;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SpecialNeedsService;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StayMode;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("order1324.preschool on a hand-computed kindergarten")
class PreschoolSetTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final LocalDate IN = LocalDate.of(2024, 9, 1);

  /**
   * Children on 31.12.2024: c1 full day, 2 y (born 01.01.2022 → 2); c2 full day, exactly 3; c3 short stay,
   * 5; c4 extended day, 7 y 11 m; c5 round the clock, exactly 8; c6 family group, 4; c7 family
   * education, 4; c8 left in November. ОВЗ: c3 (correction, programme), c4 (care). Sick days 10 + 4 + 0 … = 20.
   */
  static SchoolData data() {
    List<PreschoolChild> children = List.of(
        new PreschoolChild("c1", LocalDate.of(2022, 1, 1), IN, Optional.empty(), StayMode.FULL_DAY, false, Set.of(), 10),
        new PreschoolChild("c2", LocalDate.of(2021, 12, 31), IN, Optional.empty(), StayMode.FULL_DAY, false, Set.of(), 4),
        new PreschoolChild("c3", LocalDate.of(2019, 6, 1), IN, Optional.empty(), StayMode.SHORT_STAY, true,
            Set.of(SpecialNeedsService.CORRECTION, SpecialNeedsService.PROGRAMME), 6),
        new PreschoolChild("c4", LocalDate.of(2017, 1, 31), IN, Optional.empty(), StayMode.EXTENDED_DAY, true,
            Set.of(SpecialNeedsService.CARE), 0),
        PreschoolChild.of("c5", LocalDate.of(2016, 12, 31), IN, StayMode.ROUND_THE_CLOCK),
        PreschoolChild.of("c6", LocalDate.of(2020, 3, 3), IN, StayMode.FAMILY_GROUP),
        PreschoolChild.of("c7", LocalDate.of(2020, 3, 3), IN, StayMode.FAMILY_EDUCATION),
        new PreschoolChild("c8", LocalDate.of(2020, 3, 3), IN, Optional.of(LocalDate.of(2024, 11, 1)), StayMode.FULL_DAY,
            false, Set.of(), 30));
    List<StaffMember> staff = List.of(
        StaffMember.builder("p1", "воспитатель", LocalDate.of(1990, 1, 1), LocalDate.of(2015, 9, 1))
            .education(ProfessionalEducation.HIGHER, true).qualificationCategory(QualificationCategory.FIRST)
            .experience(new Experience(9, 0, AS_OF)).build(),
        StaffMember.builder("p2", "Музыкальный руководитель", LocalDate.of(1970, 1, 1), LocalDate.of(2015, 9, 1))
            .education(ProfessionalEducation.SECONDARY_VOCATIONAL, true).experience(new Experience(31, 0, AS_OF)).build(),
        StaffMember.builder("p3", "учитель-логопед", LocalDate.of(1985, 1, 1), LocalDate.of(2015, 9, 1))
            .education(ProfessionalEducation.HIGHER, true).qualificationCategory(QualificationCategory.HIGHEST)
            .experience(new Experience(3, 0, AS_OF)).build(),
        StaffMember.builder("p4", "Педагог-психолог (0,5 ставки)", LocalDate.of(1985, 1, 1), LocalDate.of(2015, 9, 1))
            .education(ProfessionalEducation.HIGHER, false).experience(new Experience(12, 0, AS_OF)).build());
    return SchoolData.builder(Organization.of("d1", "МБДОУ № 1", "МБДОУ № 1", OrganizationKind.PRESCHOOL),
            ReportingPeriod.calendarYear(2024))
        .children(children).staff(staff)
        .preschoolFacilities(new PreschoolFacilities(AS_OF, new BigDecimal("280"), new BigDecimal("96.5"), true, false, true))
        .build();
  }

  static Stream<Arguments> expected() {
    return Stream.of(
        Arguments.of("1.1", new Count(7)), Arguments.of("1.1.1", new Count(2)), Arguments.of("1.1.2", new Count(1)),
        Arguments.of("1.1.3", new Count(1)), Arguments.of("1.1.4", new Count(1)),
        Arguments.of("1.2", new Count(1)), Arguments.of("1.3", new Count(5)),
        Arguments.of("1.4", new Share(4, 7)), Arguments.of("1.4.1", new Share(2, 7)), Arguments.of("1.4.2", new Share(1, 7)),
        Arguments.of("1.4.3", new Share(1, 7)), Arguments.of("1.5", new Share(2, 7)), Arguments.of("1.5.1", new Share(1, 7)),
        Arguments.of("1.5.2", new Share(1, 7)), Arguments.of("1.5.3", new Share(1, 7)),
        Arguments.of("1.6", Ratio.of(20, 7)),
        Arguments.of("1.7", new Count(4)), Arguments.of("1.7.1", new Share(3, 4)), Arguments.of("1.7.2", new Share(2, 4)),
        Arguments.of("1.7.3", new Share(1, 4)), Arguments.of("1.7.4", new Share(1, 4)), Arguments.of("1.8", new Share(2, 4)),
        Arguments.of("1.8.1", new Share(1, 4)), Arguments.of("1.8.2", new Share(1, 4)),
        Arguments.of("1.9.1", new Share(1, 4)), Arguments.of("1.9.2", new Share(1, 4)),
        Arguments.of("1.10", new Share(0, 4)), Arguments.of("1.11", new Share(0, 4)),
        Arguments.of("1.9", new io.github.vsoko.indicators.NotApplicable("строка-заголовок: значения в 1.9.1 и 1.9.2")),
        Arguments.of("1.12", new Share(0, 4)), Arguments.of("1.13", new Share(0, 4)),
        Arguments.of("1.14", Ratio.of(4, 7)),
        Arguments.of("1.15.1", new Flag(true)), Arguments.of("1.15.2", new Flag(false)), Arguments.of("1.15.3", new Flag(true)),
        Arguments.of("1.15.4", new Flag(false)), Arguments.of("1.15.5", new Flag(false)), Arguments.of("1.15.6", new Flag(true)),
        Arguments.of("2.1", Ratio.of(280, 7)), Arguments.of("2.2", new Area(new BigDecimal("96.5"))),
        Arguments.of("2.3", new Flag(true)), Arguments.of("2.4", new Flag(false)), Arguments.of("2.5", new Flag(true)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("expected")
  void computes(String code, IndicatorValue value) {
    EvaluationResult r = IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.preschool"), data());
    assertThat(r.value(code)).contains(value);
  }

  @Test
  void isConsistentAndHandlesAnEmptyKindergarten() {
    var set = IndicatorRegistry.discover().requireSet("order1324.preschool");
    assertThat(IndicatorEvaluator.evaluate(set, data()).warnings()).isEmpty();
    SchoolData empty = SchoolData.builder(Organization.of("d", "d", "d", OrganizationKind.PRESCHOOL),
        ReportingPeriod.calendarYear(2024)).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(set, empty);
    assertThat(r.value("1.1")).contains(new Count(0));
    assertThat(r.value("2.3")).contains(new Missing("сведения об инфраструктуре дошкольной организации"));
    assertThat(r.results()).noneMatch(x -> x.value() instanceof io.github.vsoko.indicators.Failed);
  }

  /** A position row and a yes/no row say their answer in words too: «да (1)» with how many hold it, «нет», «да». */
  @Test
  void flagsExplainTheirAnswer() {
    EvaluationResult r = IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.preschool"), data());
    assertThat(r.result("1.15.1").orElseThrow().explanation()).endsWith(": да (1)");
    assertThat(r.result("1.15.2").orElseThrow().explanation()).endsWith(": нет");
    assertThat(r.result("2.3").orElseThrow().explanation()).endsWith(": да");
    assertThat(r.result("2.4").orElseThrow().explanation()).endsWith(": нет");
  }
}
