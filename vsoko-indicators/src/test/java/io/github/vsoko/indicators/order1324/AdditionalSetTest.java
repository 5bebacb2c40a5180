package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.Flag;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Ratio;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AdditionalFacilities;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.HeldEvent;
import io.github.vsoko.model.school.Learner;
import io.github.vsoko.model.school.LearnerFlag;
import io.github.vsoko.model.school.ProjectParticipation;
import io.github.vsoko.model.school.Publication;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.RoomKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("order1324.additional on a hand-computed centre of additional education")
class AdditionalSetTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final LocalDate IN = LocalDate.of(2024, 9, 1);

  /**
   * Learners on 31.12.2024 (ages): l1 exactly 3, l2 6, l3 exactly 7, l4 14, l5 exactly 15, l6 17; l7 left.
   * Two or more associations: l2, l4. Paid: l4, l5. Flags: l1 ОВЗ, l2 orphan + ОВЗ, l3 distance, l4 research,
   * l6 outstanding + migrant.
   */
  static SchoolData data() {
    List<Learner> learners = List.of(
        new Learner("l1", LocalDate.of(2021, 12, 31), IN, Optional.empty(), 1, false, Set.of(LearnerFlag.SPECIAL_NEEDS)),
        new Learner("l2", LocalDate.of(2018, 5, 5), IN, Optional.empty(), 2, false,
            Set.of(LearnerFlag.ORPHAN, LearnerFlag.SPECIAL_NEEDS)),
        new Learner("l3", LocalDate.of(2017, 12, 31), IN, Optional.empty(), 1, false, Set.of(LearnerFlag.DISTANCE_LEARNING)),
        new Learner("l4", LocalDate.of(2010, 5, 5), IN, Optional.empty(), 3, true, Set.of(LearnerFlag.RESEARCH_OR_PROJECT)),
        new Learner("l5", LocalDate.of(2009, 12, 31), IN, Optional.empty(), 1, true, Set.of()),
        new Learner("l6", LocalDate.of(2007, 1, 1), IN, Optional.empty(), 1, false,
            Set.of(LearnerFlag.OUTSTANDING_ABILITIES, LearnerFlag.MIGRANT)),
        new Learner("l7", LocalDate.of(2012, 1, 1), IN, Optional.of(LocalDate.of(2024, 10, 1)), 1, false, Set.of()));
    List<ContestResult> contests = List.of(
        new ContestResult("l2", "Фестиваль", Optional.empty(), ContestLevel.MUNICIPAL, ContestStatus.WINNER, LocalDate.of(2024, 4, 1)),
        new ContestResult("l2", "Конкурс", Optional.empty(), ContestLevel.INTERREGIONAL, ContestStatus.PARTICIPANT, LocalDate.of(2024, 5, 1)),
        new ContestResult("l4", "Конференция", Optional.empty(), ContestLevel.FEDERAL, ContestStatus.PRIZE_WINNER, LocalDate.of(2024, 3, 1)),
        new ContestResult("l6", "Соревнования", Optional.empty(), ContestLevel.REGIONAL, ContestStatus.PARTICIPANT, LocalDate.of(2024, 2, 1)));
    List<ProjectParticipation> projects = List.of(
        new ProjectParticipation("l3", "Экология", ContestLevel.MUNICIPAL, LocalDate.of(2024, 10, 1)),
        new ProjectParticipation("l4", "Память", ContestLevel.INTERNATIONAL, LocalDate.of(2024, 11, 1)));
    List<HeldEvent> events = List.of(
        new HeldEvent("Фестиваль", ContestLevel.MUNICIPAL, LocalDate.of(2024, 4, 1)),
        new HeldEvent("Слёт", ContestLevel.MUNICIPAL, LocalDate.of(2024, 5, 1)),
        new HeldEvent("Форум", ContestLevel.REGIONAL, LocalDate.of(2024, 6, 1)),
        new HeldEvent("Праздник", ContestLevel.SCHOOL, LocalDate.of(2024, 6, 1)),
        new HeldEvent("Старый", ContestLevel.REGIONAL, LocalDate.of(2023, 6, 1)));
    List<Publication> publications = List.of(new Publication("a", LocalDate.of(2022, 3, 1)),
        new Publication("b", LocalDate.of(2024, 3, 1)), new Publication("c", LocalDate.of(2020, 3, 1)));
    List<StaffMember> staff = List.of(
        StaffMember.builder("e1", "педагог дополнительного образования", LocalDate.of(1990, 1, 1), LocalDate.of(2015, 9, 1))
            .experience(new Experience(9, 0, AS_OF)).build(),
        StaffMember.builder("e2", "Старший методист", LocalDate.of(1960, 1, 1), LocalDate.of(2015, 9, 1))
            .experience(new Experience(35, 0, AS_OF)).build(),
        StaffMember.builder("e3", "бухгалтер", LocalDate.of(1980, 1, 1), LocalDate.of(2015, 9, 1))
            .category(StaffCategory.OTHER).build());
    AdditionalFacilities facilities = new AdditionalFacilities(AS_OF, 3,
        Map.of(RoomKind.CLASSROOM, 4, RoomKind.DANCE_HALL, 1, RoomKind.OTHER_EDUCATIONAL, 2, RoomKind.ASSEMBLY_HALL, 1),
        false, true, new ReadingRoom(true, false, true, false, false, false), true, true);
    return SchoolData.builder(Organization.of("c1", "МБУ ДО ЦДТ", "МБУ ДО ЦДТ", OrganizationKind.ADDITIONAL),
            ReportingPeriod.calendarYear(2024))
        .learners(learners).contests(contests).projects(projects).heldEvents(events).publications(publications)
        .staff(staff).additionalFacilities(facilities).build();
  }

  static Stream<Arguments> expected() {
    return Stream.of(
        Arguments.of("1.1", new Count(6)), Arguments.of("1.1.1", new Count(2)), Arguments.of("1.1.2", new Count(1)),
        Arguments.of("1.1.3", new Count(1)), Arguments.of("1.1.4", new Count(2)), Arguments.of("1.2", new Count(2)),
        Arguments.of("1.3", new Share(2, 6)), Arguments.of("1.4", new Share(1, 6)), Arguments.of("1.5", new Share(1, 6)),
        Arguments.of("1.6", new Share(3, 6)), Arguments.of("1.6.1", new Share(2, 6)), Arguments.of("1.6.2", new Share(1, 6)),
        Arguments.of("1.6.3", new Share(1, 6)), Arguments.of("1.6.4", new Share(0, 6)), Arguments.of("1.7", new Share(1, 6)),
        Arguments.of("1.8", new Share(3, 6)), Arguments.of("1.8.1", new Share(1, 6)), Arguments.of("1.8.2", new Share(1, 6)),
        Arguments.of("1.8.3", new Share(1, 6)), Arguments.of("1.8.4", new Share(1, 6)), Arguments.of("1.8.5", new Share(0, 6)),
        Arguments.of("1.9", new Share(2, 6)), Arguments.of("1.9.1", new Share(1, 6)), Arguments.of("1.9.4", new Share(1, 6)),
        Arguments.of("1.10", new Share(2, 6)), Arguments.of("1.10.1", new Share(1, 6)), Arguments.of("1.10.5", new Share(1, 6)),
        Arguments.of("1.11", new Count(3)), Arguments.of("1.11.1", new Count(2)), Arguments.of("1.11.2", new Count(1)),
        Arguments.of("1.12", new Count(2)), Arguments.of("1.13", new Share(2, 2)), Arguments.of("1.14", new Share(0, 2)),
        Arguments.of("1.15", new Share(0, 2)), Arguments.of("1.16", new Share(0, 2)), Arguments.of("1.17", new Share(0, 2)),
        Arguments.of("1.17.1", new Share(0, 2)), Arguments.of("1.19", new Share(0, 2)), Arguments.of("1.21", new Share(0, 2)),
        Arguments.of("1.18", new io.github.vsoko.indicators.NotApplicable("строка-заголовок: значения в 1.18.1 и 1.18.2")),
        Arguments.of("2.2.2", new Count(0)), Arguments.of("2.2.3", new Count(0)), Arguments.of("2.2.5", new Count(0)),
        Arguments.of("2.3.2", new Count(0)), Arguments.of("2.3.3", new Count(0)), Arguments.of("2.6.3", new Flag(false)),
        Arguments.of("2.6.4", new Flag(false)), Arguments.of("2.6.5", new Flag(false)), Arguments.of("1.9.2", new Share(0, 6)),
        Arguments.of("1.9.3", new Share(0, 6)), Arguments.of("1.9.5", new Share(0, 6)), Arguments.of("1.10.2", new Share(0, 6)),
        Arguments.of("1.10.3", new Share(0, 6)), Arguments.of("1.10.4", new Share(0, 6)), Arguments.of("1.11.3", new Count(0)),
        Arguments.of("1.11.4", new Count(0)), Arguments.of("1.11.5", new Count(0)), Arguments.of("2.2.6", new Count(0)), Arguments.of("1.18.1", new Share(0, 2)), Arguments.of("1.18.2", new Share(1, 2)),
        Arguments.of("1.20", new Share(1, 2)), Arguments.of("1.22", new Share(1, 3)),
        Arguments.of("1.23.1", new Count(2)), Arguments.of("1.23.2", new Count(1)), Arguments.of("1.24", new Flag(true)),
        Arguments.of("2.1", Ratio.of(3, 6)), Arguments.of("2.2", new Count(7)), Arguments.of("2.2.1", new Count(4)),
        Arguments.of("2.2.4", new Count(1)), Arguments.of("2.3", new Count(1)),
        Arguments.of("2.3.1", new Count(1)), Arguments.of("2.4", new Flag(false)), Arguments.of("2.5", new Flag(true)),
        Arguments.of("2.6", new Flag(true)), Arguments.of("2.6.2", new Flag(true)), Arguments.of("2.6.1", new Flag(false)),
        Arguments.of("2.7", new Share(6, 6)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("expected")
  void computes(String code, IndicatorValue value) {
    EvaluationResult r = IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.additional"), data());
    assertThat(r.value(code)).contains(value);
  }

  @Test
  void isConsistent() {
    assertThat(IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.additional"), data()).warnings())
        .isEmpty();
  }
}
