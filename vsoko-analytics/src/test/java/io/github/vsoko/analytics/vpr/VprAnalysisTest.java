package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class VprAnalysisTest {
  static final VprScale SCALE = new VprScale(6, 10, 15, OptionalInt.of(20));

  static VprResult row(String school, String code, Integer score, Integer journal, boolean absent) {
    return rowIn(null, school, code, score, journal, absent);
  }

  /** A row of a grade-4 mathematics work in 2021 written in a class («4А»), or with no class when null. */
  static VprResult rowIn(String className, String school, String code, Integer score, Integer journal, boolean absent) {
    return new VprResult(code, school, Optional.ofNullable(className).map(ClassName::parse), SchoolSubject.MATHEMATICS, Grade.of(4), 2021,
        absent ? Optional.empty() : Optional.of("1"), absent, List.of(),
        score == null || absent ? OptionalInt.empty() : OptionalInt.of(score), Optional.empty(),
        journal == null ? Optional.empty() : Optional.of(MarkValue.of(journal)));
  }

  @Test
  void scalesParseAndMarkMonotonically() {
    assertThat(VprScale.parse("6,10,15")).isEqualTo(new VprScale(6, 10, 15, OptionalInt.empty()));
    assertThat(VprScale.parse("6, 10, 15, 20").max()).hasValue(20);
    assertThat(List.of(0, 5, 6, 9, 10, 14, 15, 20)).extracting(SCALE::mark).containsExactly(MarkValue.TWO, MarkValue.TWO,
        MarkValue.THREE, MarkValue.THREE, MarkValue.FOUR, MarkValue.FOUR, MarkValue.FIVE, MarkValue.FIVE);
    assertThatThrownBy(() -> VprScale.parse("6,x,15")).hasMessageContaining("«x» не целое число");
    assertThatThrownBy(() -> VprScale.parse("10,6,15")).hasMessageContaining("0 < min3 < min4 < min5");
    assertThatThrownBy(() -> SCALE.mark(21)).hasMessageContaining("outside 0…20");
    assertThat(VprScales.bundled().find(new VprWork(SchoolSubject.RUSSIAN, Grade.of(4), 2026)))
        .contains(new VprScale(10, 16, 21, OptionalInt.of(24)));
  }

  /**
   * School A: one absent, one without a score, six participants. Scores/journal: 4/«3» (ВПР «2»,
   * lowered), 7/«3» (3 = 3, confirmed), 12/«4» (confirmed), 16/«3» (5 > 3, raised, gap 2),
   * 11/none (no journal mark), 20/«5» (confirmed). So lowered 1, confirmed 3, raised 1, gaps 1,
   * mean (4+7+12+16+11+20)/6 = 70/6 = 11.67; r_s on (3,4),(3,7),(4,12),(3,16),(5,20) = 6/√80 = 0.671.
   */
  @Test
  void aHandComputedSchool() {
    VprAnalysis a = new VprAnalysis(VprScales.forAll(SCALE), false);
    a.accept("f.xlsx", row("A", "1", null, 4, true));
    a.accept("f.xlsx", row("A", "2", null, 4, false));
    a.accept("f.xlsx", row("A", "3", 4, 3, false));
    a.accept("f.xlsx", row("A", "4", 7, 3, false));
    a.accept("f.xlsx", row("A", "5", 12, 4, false));
    a.accept("f.xlsx", row("A", "6", 16, 3, false));
    a.accept("f.xlsx", row("A", "7", 11, null, false));
    a.accept("f.xlsx", row("A", "8", 20, 5, false));
    VprAnalysisResult r = a.result();
    VprSchoolResult s = r.schools().get(0);
    assertThat(s.counts()).isEqualTo(new VprCounts(6, 1, 1, 1, 0, 1, 3, 1, 1, 70, 16 + 49 + 144 + 256 + 121 + 400, 0));
    assertThat(s.counts().meanPrimaryScore().getAsDouble()).isCloseTo(11.6667, Offset.offset(1e-4));
    assertThat(s.counts().confirmedShare(ConfirmationRule.CONFIRMED)).hasValue(60.0);
    assertThat(s.counts().confirmedShare(ConfirmationRule.NOT_LOWERED)).hasValue(80.0);
    // journal ranks: 3,3,4,3,5 → 2,2,4,2,5; score ranks 1,2,3,4,5; Pearson of ranks = 6/√80
    assertThat(s.spearman().getAsDouble()).isCloseTo(6 / Math.sqrt(80), Offset.offset(1e-12));
    assertThat(s.markers()).isEmpty();
    assertThat(r.total()).isEqualTo(s.counts());
  }

  @Test
  void negativeCorrelationAndInflatedMeanAreMarked() {
    VprAnalysis a = new VprAnalysis(VprScales.forAll(SCALE), true);
    int[][] inverse = {{5, 3}, {4, 8}, {3, 14}, {2, 19}};
    for (int i = 0; i < inverse.length; i++) {
      a.accept("f", row("B", "b" + i, inverse[i][1], inverse[i][0], false));
    }
    for (int i = 0; i < 200; i++) {
      a.accept("f", row("C", "c" + i, 2 + i % 5, 3, false));
    }
    for (int i = 0; i < 40; i++) {
      a.accept("f", row("D", "d" + i, 18 + i % 3, 5, false));
    }
    VprAnalysisResult r = a.result();
    VprSchoolResult b = r.schools().get(0);
    assertThat(b.school()).isEqualTo("B");
    assertThat(b.spearman().getAsDouble()).isEqualTo(-1.0);
    assertThat(b.markers()).contains(ObjectivityMarker.NEGATIVE_CORRELATION).anyMatch(m -> !m.official());
    assertThat(b.markerTexts()).contains("несоответствие результатов ВПР и школьных отметок (r_s < 0)")
        .anyMatch(m -> m.contains("неофициальный признак"));
    VprSchoolResult d = r.schools().get(2);
    assertThat(d.markers()).containsExactly(ObjectivityMarker.INFLATED_MEAN);
    assertThat(d.markerTexts()).containsExactly("завышенные значения среднего балла ВПР (95 % интервал школы выше интервала по всем школам)");
    assertThat(r.schools().get(1).spearman()).isEmpty();
    assertThat(r.objectivityIndex()).isCloseTo(100 - 200.0 / 3, Offset.offset(1e-9));
  }

  @Test
  void withoutAScaleTheFilesOwnMarkIsUsedElseTheParticipantIsCountedApart() {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    VprResult withMark = new VprResult("1", "A", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2021, Optional.of("1"),
        false, List.of(), OptionalInt.of(10), Optional.of(MarkValue.FOUR), Optional.of(MarkValue.FOUR));
    a.accept("f", withMark);
    a.accept("f", row("A", "2", 10, 4, false));
    VprCounts c = a.result().total();
    assertThat(c.confirmed()).isEqualTo(1);
    assertThat(c.noMark()).isEqualTo(1);
    assertThat(c.participants()).isEqualTo(2);
  }

  @Test
  void mergingEqualsAnalysingTheUnion() {
    List<VprResult> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      rows.add(row(i % 3 == 0 ? "A" : "B", "r" + i, i % 21, 2 + i % 4, i % 17 == 0));
    }
    VprAnalysis whole = new VprAnalysis(VprScales.forAll(SCALE), true);
    rows.forEach(r -> whole.accept("f", r));
    VprAnalysis left = new VprAnalysis(VprScales.forAll(SCALE), true);
    VprAnalysis right = new VprAnalysis(VprScales.forAll(SCALE), true);
    for (int i = 0; i < rows.size(); i++) {
      (i % 2 == 0 ? left : right).accept("f", rows.get(i));
    }
    assertThat(left.merge(right).result()).isEqualTo(whole.result());
  }

  /**
   * Three classes of 20; journal marks agree with the ВПР marks except in 4Б, where 12 of 20 journal «5» meet a ВПР
   * «4» (score 12): 4Б lowered 60 % against 2 of 40 (5 %) in 4А and 4В, z ≈ 4.9 — 4Б stands out, the others do not.
   */
  @Test
  void aClassGradedGenerouslyStandsOut() {
    VprAnalysis a = new VprAnalysis(VprScales.forAll(SCALE), false);
    int code = 0;
    for (String c : List.of("4А", "4Б", "4В")) {
      for (int i = 0; i < 20; i++) {
        int score = 6 + (i * 7) % 15; // 6…20: marks 3–5
        int journal = SCALE.mark(score).points().getAsInt();
        if (c.equals("4Б") && i < 12) {
          score = 12;
          journal = 5;
        } else if (c.equals("4А") && i < 2) {
          journal = Math.min(5, journal + 1) == journal ? journal - 1 : journal + 1;
        }
        a.accept("f", rowIn(c, "A", "p" + code++, score, journal, false));
      }
    }
    VprAnalysisResult r = a.result();
    assertThat(r.classes()).extracting(x -> x.className().toString()).containsExactly("4А", "4Б", "4В");
    VprClassResult b = r.classes().get(1);
    assertThat(b.counts().lowered()).isGreaterThanOrEqualTo(12);
    assertThat(b.markers()).contains(ObjectivityMarker.CLASS_LOWERED).doesNotContain(ObjectivityMarker.CLASS_RAISED);
    assertThat(r.classes().get(0).markers()).doesNotContain(ObjectivityMarker.CLASS_LOWERED);
    assertThat(r.classes().get(2).markers()).isEmpty();
    assertThat(b.marks().total()).isEqualTo(20);
    assertThat(r.classes(("A"), b.work())).hasSize(3);
    assertThat(r.classObjectivityIndex().getAsDouble()).isLessThan(100);
    assertThat(r.objectivityIndex()).isEqualTo(100); // the school as a whole shows no official marker
    // by teacher: T1 taught 4Б, T2 taught 4А and 4В
    List<VprTeacherResult> t = a.byTeacher((work, c) -> List.of(c.letter().equals("Б") ? "T1" : "T2"));
    assertThat(t).extracting(VprTeacherResult::teacher).containsExactly("T1", "T2");
    assertThat(t.get(0).markers()).contains(ObjectivityMarker.CLASS_LOWERED);
    assertThat(t.get(1).markers()).doesNotContain(ObjectivityMarker.CLASS_LOWERED);
    assertThat(t.get(1).classes()).extracting(Object::toString).containsExactly("4А", "4В");
    assertThat(t.get(1).counts()).isEqualTo(r.classes().get(0).counts().plus(r.classes().get(2).counts()));
    assertThat(a.byTeacher((work, c) -> List.of())).isEmpty();
  }

  @Test
  void aShareStandsOutOnlyWhenSignificantAndLarge() {
    // z = (p1 − p2) / √(p(1 − p)(1/n1 + 1/n2)) with the pooled p
    assertThat(VprAnalysis.standsOut(12, 20, 2, 40)).isTrue();
    assertThat(VprAnalysis.standsOut(3, 4, 0, 40)).isFalse(); // fewer than five compared
    assertThat(VprAnalysis.standsOut(6, 20, 6, 40)).isFalse(); // 30 % against 15 %: 15 points, z ≈ 1.3
    assertThat(VprAnalysis.standsOut(7, 25, 2, 48)).isTrue(); // 28 % against 4,2 %: 23,8 points, z ≈ 2.94
    assertThat(VprAnalysis.standsOut(7, 25, 1, 24)).isFalse(); // 28 % against 4,2 %: 23,8 points, z ≈ 2.25 < 2.58
    assertThat(VprAnalysis.standsOut(20, 20, 20, 20)).isFalse(); // no difference
  }
}
