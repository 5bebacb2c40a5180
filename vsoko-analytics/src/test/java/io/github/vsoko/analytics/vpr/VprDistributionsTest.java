package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class VprDistributionsTest {
  private static VprResult row(String school, String cls, int t1, Integer t2) {
    List<TaskScore> tasks = List.of(new TaskScore("1", OptionalInt.of(t1), OptionalInt.of(1)),
        new TaskScore("2", t2 == null ? OptionalInt.empty() : OptionalInt.of(t2), OptionalInt.of(2)));
    return new VprResult(school + cls + t1 + t2, school, Optional.of(ClassName.parse(cls)), SchoolSubject.MATHEMATICS, Grade.of(4),
        2021, Optional.of("1"), false, tasks, OptionalInt.of(t1 + (t2 == null ? 0 : t2)), Optional.empty(), Optional.empty());
  }

  /**
   * Three participants of school A (4А: 1+2, 0+X; 4Б: 1+1) and one of school B (4А: 0+0). Scale «3» from
   * 1, «4» from 2, «5» from 3 (max 3). Task 1: 2 of 4 points = 50 % (basic: insufficient); task 2: 3 of
   * 8 = 37.5 % (advanced: sufficient), one not done.
   */
  @Test
  void threeLevelsByHand() {
    VprScales scales = VprScales.forAll(new VprScale(1, 2, 3, OptionalInt.of(3)));
    VprDistributions d = new VprDistributions(scales);
    d.accept(row("A", "4А", 1, 2));
    d.accept(row("A", "4А", 0, null));
    d.accept(row("A", "4Б", 1, 1));
    d.accept(row("B", "4А", 0, 0));
    List<VprDistribution> result = d.result();
    assertThat(result).extracting(VprDistribution::level, VprDistribution::group).containsExactly(
        org.assertj.core.groups.Tuple.tuple("all", "все"), org.assertj.core.groups.Tuple.tuple("school", "A"),
        org.assertj.core.groups.Tuple.tuple("school", "B"), org.assertj.core.groups.Tuple.tuple("class", "A · 4А"),
        org.assertj.core.groups.Tuple.tuple("class", "A · 4Б"), org.assertj.core.groups.Tuple.tuple("class", "B · 4А"));
    VprDistribution all = result.get(0);
    assertThat(all.participants()).isEqualTo(4);
    assertThat(all.scores()).containsExactly(2L, 0L, 1L, 1L);
    assertThat(all.marks()).isEqualTo(Map.of("2", 2L, "3", 0L, "4", 1L, "5", 1L));
    assertThat(all.tasks().get(0).percent().orElseThrow()).isCloseTo(50.0, Offset.offset(1e-12));
    assertThat(all.tasks().get(0).judge(TaskLevel.BASIC)).contains("недостаточный");
    assertThat(all.tasks().get(1).percent().orElseThrow()).isCloseTo(37.5, Offset.offset(1e-12));
    assertThat(all.tasks().get(1).judge(TaskLevel.ADVANCED)).contains("достаточный");
    assertThat(all.tasks().get(1).notDone()).isEqualTo(1);
    assertThat(all.sampleNote()).isEqualTo("выборка ограничена");
    // levels add up: the schools sum to all
    assertThat(result.get(1).participants() + result.get(2).participants()).isEqualTo(all.participants());
    assertThat(TaskLevel.BASIC.judge(58)).isEqualTo("зона неопределённости");
  }

  @Test
  void peaksAtMarkBoundaries() {
    List<Long> scores = List.of(1L, 1L, 1L, 1L, 1L, 9L, 1L, 1L, 1L, 1L);
    assertThat(VprDistributions.peaks(scores, Optional.of(new VprScale(5, 7, 9, OptionalInt.empty())))).containsExactly(5);
    assertThat(VprDistributions.peaks(scores, Optional.empty())).isEmpty();
  }

  private static VprResult scored(String school, String cls, int score, MarkValue mark, List<TaskScore> tasks) {
    return new VprResult(school + cls + score, school, Optional.ofNullable(cls).map(ClassName::parse), SchoolSubject.MATHEMATICS,
        Grade.of(4), 2021, Optional.of("1"), false, tasks, OptionalInt.of(score), Optional.ofNullable(mark), Optional.empty());
  }

  /**
   * Scores from 32 on grow the histogram (32 is the first score past its initial length, 100 far past it); without a
   * scale the histogram ends at the highest score written and the export's own marks are counted (a row without one is
   * not); absent and score-less rows are not participants; a row without a class counts for its school only.
   */
  @Test
  void scoresPastTheInitialHistogramAndRowsWithoutAScale() {
    VprDistributions d = new VprDistributions(VprScales.none());
    d.accept(scored("A", "4А", 32, MarkValue.FIVE, List.of()));
    d.accept(scored("A", "4А", 100, null, List.of()));
    d.accept(scored("A", null, 0, MarkValue.TWO, List.of()));
    d.accept(new VprResult("x", "A", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2021, Optional.empty(), true,
        List.of(), OptionalInt.empty(), Optional.empty(), Optional.empty()));
    d.accept(new VprResult("y", "A", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2021, Optional.of("1"), false,
        List.of(), OptionalInt.empty(), Optional.empty(), Optional.empty()));
    List<VprDistribution> result = d.result();
    assertThat(result).extracting(VprDistribution::level, VprDistribution::participants).containsExactly(
        org.assertj.core.groups.Tuple.tuple("all", 3L), org.assertj.core.groups.Tuple.tuple("school", 3L),
        org.assertj.core.groups.Tuple.tuple("class", 2L));
    VprDistribution all = result.get(0);
    assertThat(all.scores()).hasSize(101);
    assertThat(all.scores().get(0)).isEqualTo(1L);
    assertThat(all.scores().get(32)).isEqualTo(1L);
    assertThat(all.scores().get(100)).isEqualTo(1L);
    assertThat(all.scores().stream().mapToLong(Long::longValue).sum()).isEqualTo(3L);
    assertThat(all.marks()).isEqualTo(Map.of("2", 1L, "3", 0L, "4", 0L, "5", 1L));
    assertThat(all.peaks()).isEmpty(); // no scale, no boundaries
  }

  /**
   * With a scale: a score above its maximum is not a participant; the histogram runs to the maximum even when nobody
   * reached it; marks come from the scale, not the export; no numeric mark at all gives no mark table.
   */
  @Test
  void aScaleBoundsTheHistogramAndGivesTheMarks() {
    VprDistributions d = new VprDistributions(VprScales.forAll(new VprScale(2, 4, 6, OptionalInt.of(8))));
    d.accept(scored("A", "4А", 3, MarkValue.FIVE, List.of()));
    d.accept(scored("A", "4А", 8, null, List.of()));
    d.accept(scored("A", "4А", 9, MarkValue.FIVE, List.of()));
    VprDistribution all = d.result().get(0);
    assertThat(all.participants()).isEqualTo(2);
    assertThat(all.scores()).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L);
    assertThat(all.marks()).isEqualTo(Map.of("2", 0L, "3", 1L, "4", 0L, "5", 1L));
    VprDistributions noMarks = new VprDistributions(VprScales.none());
    noMarks.accept(scored("A", "4А", 3, null, List.of()));
    assertThat(noMarks.result().get(0).marks()).isEmpty();
    assertThat(noMarks.result().get(0).scores()).containsExactly(0L, 0L, 0L, 1L);
    VprDistributions upTo = new VprDistributions(VprScales.forAll(new VprScale(2, 4, 6, OptionalInt.of(8))));
    upTo.accept(scored("A", "4А", 3, null, List.of()));
    assertThat(upTo.result().get(0).scores()).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L); // nobody reached 8
    VprDistributions zero = new VprDistributions(VprScales.none());
    zero.accept(scored("A", "4А", 0, null, List.of()));
    assertThat(zero.result().get(0).scores()).containsExactly(1L);
  }

  /** A task whose maximum one participant's row does not give has no possible points at any level it reaches. */
  @Test
  void aTaskWithoutItsMaximumHasNoPossiblePoints() {
    VprDistributions d = new VprDistributions(VprScales.none());
    d.accept(scored("A", "4А", 1, null, List.of(new TaskScore("1", OptionalInt.of(1), OptionalInt.of(1)))));
    d.accept(scored("A", "4Б", 0, null, List.of(new TaskScore("1", OptionalInt.of(0), OptionalInt.empty()))));
    d.accept(scored("A", "4А", 1, null, List.of(new TaskScore("1", OptionalInt.of(1), OptionalInt.of(1)))));
    List<VprDistribution> result = d.result();
    assertThat(result.get(0).tasks()).singleElement().satisfies(t -> {
      assertThat(t.points()).isEqualTo(2);
      assertThat(t.possible()).isEmpty();
    });
    VprDistribution a = result.stream().filter(x -> x.group().equals("A · 4А")).findFirst().orElseThrow();
    assertThat(a.tasks().get(0).possible()).contains(2L);
    VprDistribution b = result.stream().filter(x -> x.group().equals("A · 4Б")).findFirst().orElseThrow();
    assertThat(b.tasks().get(0).possible()).isEmpty();
  }

  /**
   * A peak needs a count of at least max(2, 1,5 × the mean count per score) and at least the mean + 1, at a boundary
   * inside the histogram. Ten scores of mean 2: a count of 3 (= 1,5 × 2 = mean + 1) is a peak, 2 is not; mean 0,4: a
   * count of 2 is a peak (the floor of 2), 1 is not (and is the mean + 0,6).
   */
  @Test
  void peaksAtTheirExactThresholds() {
    VprScale scale = new VprScale(2, 4, 6, OptionalInt.empty());
    assertThat(VprDistributions.peaks(List.of(2L, 2L, 3L, 2L, 1L, 2L, 2L, 2L, 2L, 2L), Optional.of(scale))).containsExactly(2);
    assertThat(VprDistributions.peaks(List.of(2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L), Optional.of(scale))).isEmpty();
    assertThat(VprDistributions.peaks(List.of(0L, 0L, 0L, 0L, 2L, 0L, 0L, 0L, 2L, 0L), Optional.of(scale))).containsExactly(4);
    assertThat(VprDistributions.peaks(List.of(0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 1L, 0L), Optional.of(scale))).isEmpty();
    // mean 4: 5 is the mean + 1 but below 1,5 × 4 = 6; mean 1,2: 2 is 1,5 × the mean but below the mean + 1
    assertThat(VprDistributions.peaks(List.of(4L, 4L, 5L, 4L, 3L, 4L, 4L, 4L, 4L, 4L), Optional.of(scale))).isEmpty();
    assertThat(VprDistributions.peaks(List.of(1L, 1L, 2L, 1L, 1L, 1L, 1L, 2L, 1L, 1L), Optional.of(scale))).isEmpty();
    // «5» from 6 lies outside a histogram of six scores (0…5): not looked at, not an error
    assertThat(VprDistributions.peaks(List.of(0L, 0L, 0L, 0L, 0L, 5L), Optional.of(scale))).isEmpty();
    assertThat(VprDistributions.peaks(List.of(0L, 0L, 0L, 0L, 0L, 0L, 5L), Optional.of(scale))).containsExactly(6);
    assertThat(VprDistributions.peaks(List.of(), Optional.of(scale))).isEmpty();
  }
}
