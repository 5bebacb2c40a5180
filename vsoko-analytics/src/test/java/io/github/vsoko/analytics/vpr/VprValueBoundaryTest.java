package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small value types of the ВПР analysis at the edges of what they accept and how they judge. */
class VprValueBoundaryTest {
  private static final VprWork MATH4 = new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2024);

  @Test
  void aScaleStartsAtOneAndItsThresholdsRiseStrictly() {
    assertThat(new VprScale(1, 2, 3, OptionalInt.of(3)).mark(3)).isEqualTo(MarkValue.FIVE); // max exactly at «5»
    assertThatThrownBy(() -> new VprScale(0, 2, 3, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VprScale(2, 2, 3, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VprScale(1, 3, 3, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VprScale(1, 2, 3, OptionalInt.of(2))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWorkIsTheSameSubjectGradeAndYear() {
    VprResult row = new VprResult("p", "S", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2024, Optional.of("1"),
        false, List.of(), OptionalInt.of(1), Optional.empty(), Optional.empty());
    assertThat(MATH4.isWorkOf(row)).isTrue();
    assertThat(new VprWork(SchoolSubject.RUSSIAN, Grade.of(4), 2024).isWorkOf(row)).isFalse();
    assertThat(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(5), 2024).isWorkOf(row)).isFalse();
    assertThat(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2023).isWorkOf(row)).isFalse();
  }

  @Test
  void markCountsByMark() {
    VprMarkCounts c = new VprMarkCounts(1, 2, 3, 4);
    assertThat(List.of(MarkValue.TWO, MarkValue.THREE, MarkValue.FOUR, MarkValue.FIVE)).extracting(c::of)
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(c.asList()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(c.total()).isEqualTo(10);
    assertThatThrownBy(() -> c.of(MarkValue.NOT_ATTESTED)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSampleNoteChangesAtTwentyAndFifty() {
    assertThat(List.of(19L, 20L, 49L, 50L)).extracting(n -> withParticipants(n).sampleNote()).containsExactly(
        "выборка ограничена", "выборка приблизительна", "выборка приблизительна", "выборка информативна");
  }

  private static VprDistribution withParticipants(long n) {
    return new VprDistribution(MATH4, "all", "все", n, Map.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aTaskWithNoPossiblePointsHasNoPercentage() {
    assertThat(new VprDistribution.TaskCompletion("1", 0, Optional.of(0L), 0).percent()).isEmpty();
    assertThat(new VprDistribution.TaskCompletion("1", 0, Optional.of(0L), 0).judge(TaskLevel.BASIC)).isEmpty();
    assertThat(new VprDistribution.TaskCompletion("1", 1, Optional.of(1L), 0).percent()).contains(100.0);
    assertThat(new VprDistribution.TaskCompletion("1", 1, Optional.empty(), 0).percent()).isEmpty();
  }

  @Test
  void cohortMarkersNameTheirGradesInBothLanguages() {
    assertThat(ObjectivityMarker.COHORT_RISE.russianText(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(5), 2025)))
        .startsWith("резкое возрастание результатов параллели от 4 к 5 классу");
    assertThat(ObjectivityMarker.COHORT_RISE.englishText(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(5), 2025)))
        .startsWith("sharp rise of the cohort's results from grade 4 to 5");
    assertThat(ObjectivityMarker.INFLATED_MEAN.englishText(MATH4)).startsWith("inflated mean ВПР score");
  }
}
