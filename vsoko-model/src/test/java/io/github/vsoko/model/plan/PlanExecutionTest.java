package io.github.vsoko.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.framework.AssessmentObject;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan row carries its execution; every deadline of a recurring row is judged on its own (issue 19). */
class PlanExecutionTest {
  private static final AcademicYear Y = AcademicYear.starting(2024);
  private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 31);
  private static final LocalDate JUNE = LocalDate.of(2025, 6, 30);
  private static final AssessmentObject OBJECT = new AssessmentObject(QualityArea.RESULTS, "Предметные результаты");

  private static PlanItem twiceAYear(Execution... records) {
    PlanItem.Builder b = PlanItem.builder(OBJECT).criterion("Успеваемость").responsible("Заместитель директора по УВР")
        .schedule("Декабрь, июнь").documents("Справка");
    for (Execution r : records) {
      b.execution(r);
    }
    return b.build();
  }

  private static VsokoPlan plan(PlanItem... items) {
    return new VsokoPlan("s", Y, "План", List.of(items));
  }

  @Test
  void decemberWithoutARecordIsOverdueInJanuaryThoughJuneIsStillAhead() {
    LocalDate january = LocalDate.of(2025, 1, 15);
    PlanItem item = twiceAYear();
    assertThat(item.statusOn(Y, january)).extracting(DeadlineStatus::due, DeadlineStatus::verdict).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DECEMBER, DeadlineVerdict.OVERDUE),
        org.assertj.core.groups.Tuple.tuple(JUNE, DeadlineVerdict.UPCOMING));
    assertThat(plan(item).overdueOn(january)).containsExactly(item);
    // the old reading (the last deadline only) would not have seen it
    assertThat(item.schedule().isOverdue(Y, january)).isFalse();
  }

  @Test
  void decemberDoneOnTimeIsNotOverdue() {
    PlanItem item = twiceAYear(Execution.done(DECEMBER, LocalDate.of(2024, 12, 25), Optional.of("Справка от 25.12.2024")));
    assertThat(item.statusOn(Y, LocalDate.of(2025, 1, 15))).extracting(DeadlineStatus::verdict)
        .containsExactly(DeadlineVerdict.DONE, DeadlineVerdict.UPCOMING);
    assertThat(plan(item).overdueOn(LocalDate.of(2025, 1, 15))).isEmpty();
  }

  @Test
  void aMovedDeadlineWaitsForItsNewDateThenIsOverdueAndDoneBeforeItIsDoneAsMoved() {
    Execution moved = Execution.moved(DECEMBER, LocalDate.of(2025, 2, 15), Optional.of("болезнь учителя"));
    assertThat(twiceAYear(moved).statusOn(Y, LocalDate.of(2025, 2, 15)).get(0).verdict()).isEqualTo(DeadlineVerdict.MOVED);
    assertThat(twiceAYear(moved).statusOn(Y, LocalDate.of(2025, 2, 16)).get(0).verdict()).isEqualTo(DeadlineVerdict.OVERDUE);
    assertThat(twiceAYear(moved).statusOn(Y, LocalDate.of(2025, 2, 16)).get(0).deadlineInForce()).isEqualTo(LocalDate.of(2025, 2, 15));
    Execution done = Execution.done(DECEMBER, LocalDate.of(2025, 2, 10), Optional.empty());
    assertThat(twiceAYear(moved, done).statusOn(Y, LocalDate.of(2025, 3, 1)).get(0).verdict())
        .isEqualTo(DeadlineVerdict.DONE_AS_MOVED);
    Execution late = Execution.done(DECEMBER, LocalDate.of(2025, 2, 20), Optional.empty());
    assertThat(twiceAYear(moved, late).statusOn(Y, LocalDate.of(2025, 3, 1)).get(0).verdict()).isEqualTo(DeadlineVerdict.DONE_LATE);
    assertThat(twiceAYear(late).statusOn(Y, LocalDate.of(2025, 3, 1)).get(0).verdict()).isEqualTo(DeadlineVerdict.DONE_LATE);
  }

  @Test
  void notDoneIsMissedEvenBeforeTheDeadline() {
    PlanItem item = twiceAYear(Execution.notDone(JUNE, Optional.of("ВПР перенесены")));
    assertThat(item.statusOn(Y, LocalDate.of(2025, 5, 1))).extracting(DeadlineStatus::verdict)
        .containsExactly(DeadlineVerdict.OVERDUE, DeadlineVerdict.NOT_DONE);
    assertThat(DeadlineVerdict.NOT_DONE.isMissed()).isTrue();
    assertThat(DeadlineVerdict.MOVED.isMissed()).isFalse();
  }

  @Test
  void recordsAreConsistentAndAnswerADeadlineOfTheRow() {
    assertThatThrownBy(() -> Execution.moved(DECEMBER, DECEMBER.minusDays(1), Optional.empty()))
        .hasMessageContaining("later date");
    assertThatThrownBy(() -> new Execution(DECEMBER, ExecutionState.NOT_DONE, Optional.of(DECEMBER), Optional.empty(),
        Optional.empty())).hasMessageContaining("has no date");
    assertThatThrownBy(() -> new Execution(DECEMBER, ExecutionState.MOVED, Optional.of(JUNE), Optional.of("Справка"),
        Optional.empty())).hasMessageContaining("only work done");
    PlanItem stray = twiceAYear(Execution.done(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 11, 30), Optional.empty()));
    assertThat(stray.strayExecutions(Y)).hasSize(1);
    assertThatThrownBy(() -> plan(stray)).hasMessageContaining("row 1").hasMessageContaining("2024-11-30")
        .hasMessageContaining("Декабрь, июнь");
  }
}
