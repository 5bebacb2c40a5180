package io.github.vsoko.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.YeniseiskDecision;
import io.github.vsoko.model.fixtures.GuryevskRoadMap;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.schedule.DateSpan;
import io.github.vsoko.model.schedule.ExternalSchedule;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoadMapTest {

  @Test
  void yeniseiskHasThreeSectionsWithTheirActions() {
    RoadMap map = YeniseiskDecision.roadMap();
    assertThat(map.sections()).extracting(s -> s.actions().size()).containsExactly(15, 4, 3);
    assertThat(map.actions().get(0).deadline()).isEqualTo(new ExternalSchedule("Ежегодно (согласно приказу ЦОКО)"));
    assertThat(map.sections().get(1).actions().get(2).number()).isEmpty();
  }

  @Test
  void guryevskKeepsNamedPerformers() {
    RoadMap map = GuryevskRoadMap.roadMap();
    assertThat(map.actions()).hasSize(10);
    assertThat(map.actions().get(0).performers().get(0).display())
        .isEqualTo("Павловец О.М., начальник отдела Управления образования");
    assertThat(map.actions().get(1).deadline())
        .isEqualTo(new DateSpan(LocalDate.of(2022, 8, 24), LocalDate.of(2022, 8, 30)));
  }

  @Test
  void school29HasTwoSectionsAndTheShiftedRowHasNoDeadline() {
    RoadMap map = School29Regulation.roadMap();
    assertThat(map.sections()).extracting(s -> s.actions().size()).containsExactly(6, 12);
    assertThat(map.actions()).filteredOn(a -> a.number().equals("2.3.")).singleElement()
        .satisfies(a -> assertThat(a.deadline().isSpecified()).isFalse());
  }

  @Test
  void openActionsPastTheirDeadlineAreOverdueAndDoneOnesAreNot() {
    AcademicYear year = AcademicYear.starting(2022);
    RoadMap map = GuryevskRoadMap.roadMap();
    LocalDate october = LocalDate.of(2022, 10, 15);
    assertThat(map.years()).containsExactly(AcademicYear.starting(2021), AcademicYear.starting(2022));
    assertThat(map.overdueOn(october)).extracting(RoadMapAction::number)
        .containsExactly("1.", "2.", "3.", "4.", "5.", "7.", "8.", "9.");

    RoadMapAction done = RoadMapAction.builder("5.", "Обновление ВСОКО").deadline("До 01 сентября 2022 г.")
        .completedOn(LocalDate.of(2022, 8, 30)).build();
    assertThat(done.isOverdue(year, october)).isFalse();
    assertThat(done.status()).isEqualTo(ActionStatus.DONE);
  }

  @Test
  void rejectsInconsistentActionsAndMaps() {
    assertThatThrownBy(() -> new RoadMapAction("1", "x", io.github.vsoko.model.schedule.Schedule.unspecified(),
            java.util.List.of(), Optional.empty(), Optional.empty(), ActionStatus.PLANNED, Optional.of(LocalDate.of(2024, 1, 1))))
        .hasMessageContaining("completion date").hasMessageContaining("PLANNED");
    assertThatThrownBy(() -> new RoadMap("Карта", Optional.empty(), AcademicYear.starting(2024), AcademicYear.starting(2023),
            java.util.List.of()))
        .hasMessageContaining("ends (2023/2024) before it starts (2024/2025)");
  }

  /** A two-year road map: «Май ежегодно» is owed in each year; the year it was not carried out is flagged. */
  @Test
  void aRecurringActionMissedInAnyYearIsFlagged() {
    java.util.List<AcademicYear> years = java.util.List.of(AcademicYear.starting(2024), AcademicYear.starting(2025));
    LocalDate afterBoth = LocalDate.of(2026, 6, 15);
    RoadMapAction onlySecond = RoadMapAction.builder("1", "Перепроверка работ ВПР").deadline("Май ежегодно")
        .completedOn(LocalDate.of(2026, 5, 20)).build();
    assertThat(onlySecond.missedYears(years, afterBoth)).containsExactly(AcademicYear.starting(2024));
    assertThat(onlySecond.missedYears(years, LocalDate.of(2025, 5, 31))).isEmpty(); // May 2025 not over yet
    assertThat(onlySecond.missedYears(years, LocalDate.of(2025, 6, 1))).containsExactly(AcademicYear.starting(2024));
    RoadMapAction both = RoadMapAction.builder("1", "Перепроверка работ ВПР").deadline("Май ежегодно")
        .completedEarlier(LocalDate.of(2025, 5, 19)).completedOn(LocalDate.of(2026, 5, 20)).build();
    assertThat(both.missedYears(years, afterBoth)).isEmpty();
    assertThat(both.completions()).containsExactly(LocalDate.of(2025, 5, 19), LocalDate.of(2026, 5, 20));
    RoadMapAction cancelled = RoadMapAction.builder("1", "x").deadline("Май ежегодно").status(ActionStatus.CANCELLED).build();
    assertThat(cancelled.missedYears(years, afterBoth)).isEmpty();
    RoadMapAction oneOffLate = RoadMapAction.builder("2", "Семинар").deadline("До 20.12.2024").completedOn(LocalDate.of(2025, 1, 10)).build();
    assertThat(oneOffLate.missedYears(years, afterBoth)).isEmpty();
    RoadMap map = new RoadMap("Карта", Optional.empty(), years.get(0), years.get(1),
        java.util.List.of(new RoadMapSection("1", "Объективность", java.util.List.of(onlySecond, both, cancelled, oneOffLate))));
    assertThat(map.overdueOn(afterBoth)).containsExactly(onlySecond);
    assertThatThrownBy(() -> RoadMapAction.builder("1", "x").deadline("Май ежегодно").completedEarlier(LocalDate.of(2026, 5, 19))
        .completedOn(LocalDate.of(2025, 5, 20)).build()).hasMessageContaining("not after its earlier completions");
  }
}
