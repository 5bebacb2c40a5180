package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
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
}
