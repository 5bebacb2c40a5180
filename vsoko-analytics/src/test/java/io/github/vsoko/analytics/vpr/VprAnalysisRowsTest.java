package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Rows as exports order them — and as they do not: every row counted for its own school, work and class. */
class VprAnalysisRowsTest {
  private static VprResult row(String school, SchoolSubject subject, String cls, int score) {
    return new VprResult(school + subject.code() + cls + score, school, Optional.of(ClassName.parse(cls)), subject, Grade.of(4),
        2024, Optional.of("1"), false, List.of(), OptionalInt.of(score), Optional.empty(), Optional.empty());
  }

  /**
   * A new school whose first row is of another work than the row before; the same class writing another work in the
   * next row; back to the first work. Each row is counted in its own work, school and class.
   */
  @Test
  void rowsSwitchingSchoolWorkAndClassAreEachCountedInTheirOwn() {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    a.accept("f", row("A", SchoolSubject.MATHEMATICS, "4А", 10));
    a.accept("f", row("B", SchoolSubject.RUSSIAN, "4А", 20));
    a.accept("f", row("B", SchoolSubject.MATHEMATICS, "4А", 30));
    a.accept("f", row("B", SchoolSubject.RUSSIAN, "4А", 22));
    a.accept("g", row("B", SchoolSubject.RUSSIAN, "4А", 24));
    VprAnalysisResult r = a.result();
    assertThat(r.schools()).extracting(s -> s.school() + " " + s.work().subject().code() + " " + s.file() + " "
        + s.counts().participants() + " " + s.counts().scoreSum())
        .containsExactlyInAnyOrder("A math f 1 10", "B russian f 2 42", "B math f 1 30", "B russian g 1 24");
    assertThat(r.classes()).extracting(c -> c.school() + " " + c.work().subject().code() + " " + c.className() + " "
        + c.counts().scoreSum())
        .containsExactlyInAnyOrder("A math 4А 10", "B russian 4А 66", "B math 4А 30");
    VprWork russian = new VprWork(SchoolSubject.RUSSIAN, Grade.of(4), 2024);
    assertThat(r.classes("B", russian)).extracting(c -> c.counts().scoreSum()).containsExactly(66L);
    assertThat(r.classes("A", russian)).isEmpty();
    assertThat(r.total().participants()).isEqualTo(5);
    assertThat(r.total().scoreSum()).isEqualTo(106);
  }

  /** A score above the scale's maximum is invalid and over the maximum, not a participant. */
  @Test
  void aScoreAboveTheMaximumIsCountedAsSuch() {
    VprAnalysis a = new VprAnalysis(VprScales.forAll(new VprScale(6, 10, 15, OptionalInt.of(20))), false);
    a.accept("f", row("A", SchoolSubject.MATHEMATICS, "4А", 21));
    a.accept("f", row("A", SchoolSubject.MATHEMATICS, "4А", 20));
    VprCounts c = a.result().schools().get(0).counts();
    assertThat(c.participants()).isEqualTo(1);
    assertThat(c.invalid()).isEqualTo(1);
    assertThat(c.overMaximum()).isEqualTo(1);
    assertThat(a.result().schools().get(0).marks()).isEqualTo(new VprMarkCounts(0, 0, 0, 1));
    a.accept("f", row("B", SchoolSubject.MATHEMATICS, "4А", 22));
    assertThat(a.result().total().overMaximum()).isEqualTo(2);
    assertThat(a.result().total().invalid()).isEqualTo(2);
  }

  /** The total adds every count of every school: participants, absent, invalid, without a journal mark, without a mark. */
  @Test
  void theTotalAddsEveryCount() {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    a.accept("f", new VprResult("1", "A", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2024, Optional.empty(), true,
        List.of(), OptionalInt.empty(), Optional.empty(), Optional.empty()));
    a.accept("f", new VprResult("2", "A", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2024, Optional.of("1"), false,
        List.of(), OptionalInt.empty(), Optional.empty(), Optional.empty()));
    a.accept("f", new VprResult("3", "B", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2024, Optional.of("1"), false,
        List.of(), OptionalInt.of(5), Optional.empty(), Optional.of(MarkValue.FOUR)));
    a.accept("f", new VprResult("4", "B", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2024, Optional.of("1"), false,
        List.of(), OptionalInt.of(6), Optional.empty(), Optional.empty()));
    a.accept("f", new VprResult("5", "B", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2024, Optional.of("1"), false,
        List.of(), OptionalInt.of(7), Optional.empty(), Optional.empty()));
    assertThat(a.result().total()).isEqualTo(new VprCounts(3, 1, 1, 2, 1, 0, 0, 0, 0, 18, 110, 0));
  }

  /** A ВПР mark two or more from the journal's is a gap; one is not. */
  @Test
  void gapsOfTwoOrMore() {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    int i = 0;
    for (int[] pair : new int[][] {{5, 3}, {2, 4}, {4, 3}, {3, 3}}) {
      a.accept("f", new VprResult("p" + i++, "A", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2024, Optional.of("1"),
          false, List.of(), OptionalInt.of(10), Optional.of(MarkValue.of(pair[0])), Optional.of(MarkValue.of(pair[1]))));
    }
    VprCounts c = a.result().schools().get(0).counts();
    assertThat(c.gapsTwoOrMore()).isEqualTo(2);
    assertThat(c.raised()).isEqualTo(2);
    assertThat(c.lowered()).isEqualTo(1);
    assertThat(c.confirmed()).isEqualTo(1);
  }
}
