package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The objectivity markers at the edges they guard (issue 20): data built so that a wrong interval, a wrong fence or a
 * wrong threshold gives another verdict — each case says which mistake it catches.
 */
class ObjectivityMarkerBoundaryTest {
  /** Counts of n participants with a given score sum and sum of squares (nothing else counted). */
  private static VprCounts scores(long n, long sum, long squares) {
    return new VprCounts(n, 0, 0, 0, 0, 0, 0, 0, 0, sum, squares, 0);
  }

  /** All schools: 10 000 participants, mean 19,5, s = 5 → upper bound 19,5 + 1,96·5/100 = 19,598. */
  private static final VprCounts ALL = scores(10_000, 195_000, 4_052_475);

  @Test
  void theStandardDeviationIsTheSampleOne() {
    // 100 scores, mean 20, Σx² = 42 475: variance (42 475 − 100·400) / 99 = 25 → s = 5 (the population one would be 4,97)
    assertThat(scores(100, 2000, 42_475).scoreDeviation().getAsDouble()).isCloseTo(5.0, Offset.offset(1e-12));
    assertThat(ALL.scoreDeviation().getAsDouble()).isCloseTo(5.0, Offset.offset(1e-12));
    assertThat(scores(1, 20, 400).scoreDeviation()).isEmpty();
    assertThat(scores(2, 20, 202).scoreDeviation().getAsDouble()).isCloseTo(Math.sqrt(2), Offset.offset(1e-12));
  }

  /**
   * A school of 100 with mean 20, s = 5: its lower bound 20 − 1,96·5/10 = 19,02 is below 19,598 — not inflated. Written
   * {@code mean + t·s/√n} (21,08) it would be.
   */
  @Test
  void aSchoolWhoseIntervalOverlapsIsNotInflated() {
    assertThat(VprAnalysis.inflated(scores(100, 2000, 42_475), ALL)).isFalse();
  }

  /**
   * Mean 22: lower bound 21,02 above 19,598 — inflated. Written {@code t·s·√n} the bound would be 22 − 98 and nothing
   * would ever be inflated.
   */
  @Test
  void aSchoolWhoseIntervalLiesAboveIsInflated() {
    assertThat(VprAnalysis.inflated(scores(100, 2200, 50_875), ALL)).isTrue();
  }

  /**
   * Mean 20,5: lower bound 19,52 lies between the all-schools mean 19,5 and its upper bound 19,598 — not inflated.
   * Comparing with the all-schools mean, or with {@code mean − t·s/√N} (19,402), would flag it.
   */
  @Test
  void theAllSchoolsBoundIsItsUpperOne() {
    assertThat(VprAnalysis.inflated(scores(100, 2050, 44_500), ALL)).isFalse();
  }

  @Test
  void oneSchoolAloneIsComparedWithNothing() {
    assertThat(VprAnalysis.inflated(ALL, ALL)).isFalse();
    assertThat(VprAnalysis.inflated(scores(1, 30, 900), ALL)).isFalse(); // no deviation of one score
  }

  private static VprResult row(String school, int grade, int year, int score) {
    return new VprResult(school + grade + year + score, school, Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(grade),
        year, Optional.of("1"), false, List.of(), OptionalInt.of(score), Optional.empty(), Optional.empty());
  }

  private static VprScales scales() {
    return VprScales.none()
        .with(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2021), new VprScale(60, 100, 150, OptionalInt.of(300)))
        .with(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(5), 2022), new VprScale(60, 100, 150, OptionalInt.of(300)));
  }

  /**
   * Eight schools with K from 0,98 to 1,02 (grade 4: 196…204 of 300, grade 5: 200) and «R» with K = 100/200 = 0,5:
   * Q25 = 0,985, Q75 = 1,01, IQR = 0,025, lower fence 0,91 — «R» is a sharp rise and nobody else is. With 3/IQR (= 120)
   * for 3·IQR the fence would be −119 and «R» would pass.
   */
  @Test
  void aSharpRiseIsMarkedBelowTheLowerFenceOnly() {
    List<CohortChange.Change> changes = cohort(scales(), new String[] {"S0", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "R"},
        new int[] {196, 197, 198, 199, 201, 202, 203, 204, 100}, new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    assertThat(changes).filteredOn(c -> c.marker().isPresent()).singleElement().satisfies(c -> {
      assertThat(c.school()).isEqualTo("R");
      assertThat(c.k()).isCloseTo(0.5, Offset.offset(1e-12));
      assertThat(c.marker()).contains(ObjectivityMarker.COHORT_RISE);
    });
  }

  /** Three schools are too few for quartiles: however sharp a change, no marker. */
  @Test
  void fewerThanFourSchoolsGiveNoCohortMarker() {
    assertThat(cohort(scales(), new String[] {"A", "B", "R"}, new int[] {198, 202, 20}, new int[] {200, 200, 200})).hasSize(3)
        .allSatisfy(c -> assertThat(c.marker()).isEmpty());
  }

  /** Each school's one grade-4 row (2021) and one grade-5 row (2022), analysed and followed from grade 4. */
  private static List<CohortChange.Change> cohort(VprScales scales, String[] schools, int[] fourth, int[] fifth) {
    VprAnalysis a = new VprAnalysis(scales, false);
    for (int i = 0; i < schools.length; i++) {
      a.accept("f", row(schools[i], 4, 2021, fourth[i]));
      a.accept("f", row(schools[i], 5, 2022, fifth[i]));
    }
    return CohortChange.analyse(a.result(), scales, 4);
  }

  private static List<ObjectivityMarker> heuristics(int lowered, int confirmed) {
    return heuristics(lowered, confirmed, MarkValue.THREE);
  }

  /** {@code changed} participants whose ВПР mark is {@code changedMark} against a journal «4», the rest confirmed. */
  private static List<ObjectivityMarker> heuristics(int changed, int confirmed, MarkValue changedMark) {
    VprAnalysis a = new VprAnalysis(VprScales.none(), true);
    List<VprResult> rows = new ArrayList<>();
    for (int i = 0; i < changed + confirmed; i++) {
      MarkValue journal = MarkValue.FOUR;
      MarkValue mark = i < changed ? changedMark : MarkValue.FOUR;
      rows.add(new VprResult("p" + i, "S", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(5), 2024, Optional.of("1"),
          false, List.of(), OptionalInt.of(10), Optional.of(mark), Optional.of(journal)));
    }
    rows.forEach(r -> a.accept("f", r));
    return a.result().schools().get(0).markers();
  }

  /** The non-official heuristics at their thresholds: 40 % is high, 39,x % medium, 20 % medium, below 20 % nothing. */
  @Test
  void theRiskHeuristicsStartExactlyAtTheirThresholds() {
    assertThat(heuristics(2, 3)).contains(ObjectivityMarker.HIGH_RISK).doesNotContain(ObjectivityMarker.MEDIUM_RISK);
    assertThat(heuristics(39, 61)).contains(ObjectivityMarker.MEDIUM_RISK).doesNotContain(ObjectivityMarker.HIGH_RISK);
    assertThat(heuristics(1, 4)).contains(ObjectivityMarker.MEDIUM_RISK);
    assertThat(heuristics(19, 81)).doesNotContain(ObjectivityMarker.MEDIUM_RISK, ObjectivityMarker.HIGH_RISK);
    assertThat(heuristics(0, 5)).doesNotContain(ObjectivityMarker.MEDIUM_RISK, ObjectivityMarker.HIGH_RISK);
  }

  /** The same thresholds for raised marks (ВПР «5» against a journal «4»). */
  @Test
  void raisedMarksHaveTheSameThresholds() {
    assertThat(heuristics(2, 3, MarkValue.FIVE)).contains(ObjectivityMarker.HIGH_RISK).doesNotContain(ObjectivityMarker.MEDIUM_RISK);
    assertThat(heuristics(39, 61, MarkValue.FIVE)).contains(ObjectivityMarker.MEDIUM_RISK).doesNotContain(ObjectivityMarker.HIGH_RISK);
    assertThat(heuristics(1, 4, MarkValue.FIVE)).contains(ObjectivityMarker.MEDIUM_RISK);
    assertThat(heuristics(19, 81, MarkValue.FIVE)).doesNotContain(ObjectivityMarker.MEDIUM_RISK, ObjectivityMarker.HIGH_RISK);
  }

  /** Class {@code name} of school «S»: {@code changed} marks lowered or raised against the journal, the rest confirmed. */
  private static void classRows(VprAnalysis a, String name, int changed, int confirmed, boolean raised) {
    for (int i = 0; i < changed + confirmed; i++) {
      MarkValue mark = i >= changed ? MarkValue.FOUR : raised ? MarkValue.FIVE : MarkValue.THREE;
      a.accept("f", new VprResult(name + i, "S", Optional.of(ClassName.parse(name)), SchoolSubject.MATHEMATICS, Grade.of(5), 2024,
          Optional.of("1"), false, List.of(), OptionalInt.of(10), Optional.of(mark), Optional.of(MarkValue.FOUR)));
    }
  }

  private static List<ObjectivityMarker> classMarkers(int changedA, int confirmedA, int changedB, int confirmedB, boolean raised) {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    classRows(a, "5А", changedA, confirmedA, raised);
    classRows(a, "5Б", changedB, confirmedB, raised);
    VprAnalysisResult r = a.result();
    assertThat(r.classes()).hasSize(2);
    return r.classes().get(0).markers();
  }

  /**
   * A class is compared with the rest of its school's classes — the school less the class, in both the count and the base.
   * 6 of 10 against 4 of 40 (z ≈ 3,6) stands out; with the class left in the rest (10 of 50) it would not. 5 of 10
   * against 1 of 10 (z ≈ 1,95) does not; with the class's 10 added to the rest's base (1 of 20) it would (z ≈ 3,6).
   */
  @Test
  void aClassIsComparedWithTheRestOfItsSchool() {
    for (boolean raised : new boolean[] {false, true}) {
      ObjectivityMarker marker = raised ? ObjectivityMarker.CLASS_RAISED : ObjectivityMarker.CLASS_LOWERED;
      assertThat(classMarkers(6, 4, 4, 36, raised)).as("raised: " + raised).containsExactly(marker);
      assertThat(classMarkers(5, 5, 1, 9, raised)).as("raised: " + raised).isEmpty();
    }
  }

  /** The class objectivity index: 100 − % of class entries with any marker — one of two classes marked is 50. */
  @Test
  void theClassObjectivityIndexCountsMarkedClasses() {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    classRows(a, "5А", 6, 4, false);
    classRows(a, "5Б", 4, 36, false);
    VprAnalysisResult r = a.result();
    assertThat(r.classes()).extracting(VprClassResult::marked).containsExactly(true, false);
    assertThat(r.classObjectivityIndex()).hasValue(50.0);
    assertThat(r.objectivityIndex()).isEqualTo(100.0); // the school itself: no official marker
    VprAnalysis three = new VprAnalysis(VprScales.none(), false);
    classRows(three, "5А", 6, 4, false);
    classRows(three, "5Б", 2, 18, false);
    classRows(three, "5В", 2, 18, false);
    assertThat(three.result().classObjectivityIndex().getAsDouble()).isCloseTo(100 - 100.0 / 3, Offset.offset(1e-9));
    VprAnalysis twoOfThree = new VprAnalysis(VprScales.none(), false);
    classRows(twoOfThree, "5А", 6, 4, false);
    classRows(twoOfThree, "5Б", 6, 4, false);
    classRows(twoOfThree, "5В", 4, 76, false);
    assertThat(twoOfThree.result().classes()).extracting(VprClassResult::marked).containsExactly(true, true, false);
    assertThat(twoOfThree.result().classObjectivityIndex().getAsDouble()).isCloseTo(100 - 200.0 / 3, Offset.offset(1e-9));
    VprAnalysis noClasses = new VprAnalysis(VprScales.none(), false);
    noClasses.accept("f", row("S", 4, 2021, 10));
    assertThat(noClasses.result().classObjectivityIndex()).isEmpty();
    assertThat(new VprAnalysisResult(List.of(), VprCounts.ZERO).objectivityIndex()).isEqualTo(100.0);
  }

  /**
   * Five schools whose K (the share of the grade-4 maximum over the share of the grade-5 maximum, each work with its own
   * maximum: 100 and 50) are 0,25, 1, 1,125, 1,25 and 2 — exact in binary: Q25 = 1, Q75 = 1,25, IQR = 0,25, fences 0,25
   * and 2. A K exactly at a fence is not marked; a K past it is.
   */
  @Test
  void aCohortChangeExactlyAtAFenceIsNotMarked() {
    assertThat(cohortMarkers(8, 64)).isEmpty();
    List<CohortChange.Change> past = cohortChanges(7, 65);
    assertThat(past).filteredOn(c -> c.marker().isPresent())
        .extracting(CohortChange.Change::school, c -> c.marker().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E", ObjectivityMarker.COHORT_RISE),
            org.assertj.core.groups.Tuple.tuple("F", ObjectivityMarker.COHORT_DROP));
  }

  private static List<ObjectivityMarker> cohortMarkers(int low, int high) {
    return cohortChanges(low, high).stream().flatMap(c -> c.marker().stream()).toList();
  }

  /** Grade-5 score 16 of 50 (32 %); grade-4 scores 32, 36, 40 of 100 for K = 1, 1,125, 1,25, and the two outer ones. */
  private static List<CohortChange.Change> cohortChanges(int low, int high) {
    VprScales scales = VprScales.none()
        .with(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2021), new VprScale(10, 20, 30, OptionalInt.of(100)))
        .with(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(5), 2022), new VprScale(5, 10, 15, OptionalInt.of(50)));
    List<CohortChange.Change> changes = cohort(scales, new String[] {"B", "C", "D", "E", "F"}, new int[] {32, 36, 40, low, high},
        new int[] {16, 16, 16, 16, 16});
    assertThat(changes).hasSize(5);
    assertThat(changes.get(0).k()).isEqualTo(1.0); // 32 % over 32 %
    return changes;
  }

  /** A school whose grade-5 work scored nothing has no K (a share over zero), rather than an infinite one. */
  @Test
  void aZeroShareInTheNextGradeGivesNoChange() {
    assertThat(cohort(scales(), new String[] {"A", "B"}, new int[] {100, 100}, new int[] {0, 100}))
        .extracting(CohortChange.Change::school).containsExactly("B");
  }

  /**
   * The official marker end to end: eight schools of twenty scoring 8…12, one scoring 17…19 and one a little above the
   * rest — only the one scoring 17…19 has an interval wholly above the interval of all 195 participants (whose upper
   * bound needs their sum of squares, not just their mean).
   */
  @Test
  void theAnalysisMarksTheSchoolWhoseIntervalLiesAbove() {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    for (int s = 0; s < 8; s++) {
      for (int i = 0; i < 20; i++) {
        a.accept("f", new VprResult("s" + s + "-" + i, "S" + s, Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2021,
            Optional.of("1"), false, List.of(), OptionalInt.of(8 + i % 5), Optional.empty(), Optional.empty()));
      }
    }
    for (int i = 0; i < 20; i++) {
      a.accept("f", new VprResult("x" + i, "X", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2021,
          Optional.of("1"), false, List.of(), OptionalInt.of(17 + i % 3), Optional.empty(), Optional.empty()));
    }
    // «Y» (ten 10s, five 12s): its lower bound 10,17 lies above the all-schools mean 10,06 but below their upper bound 10,26
    for (int i = 0; i < 15; i++) {
      a.accept("f", new VprResult("y" + i, "Y", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4), 2021,
          Optional.of("1"), false, List.of(), OptionalInt.of(i < 10 ? 10 : 12), Optional.empty(), Optional.empty()));
    }
    assertThat(a.result().schools()).filteredOn(s -> s.markers().contains(ObjectivityMarker.INFLATED_MEAN))
        .extracting(VprSchoolResult::school).containsExactly("X");
    assertThat(a.result().objectivityIndex()).isCloseTo(90.0, Offset.offset(1e-9));
  }

  /** Linear between closest ranks: the 0,25-quantile of 1, 2, 3, 4 lies at position 0,75 — 1,75. */
  @Test
  void quantilesInterpolateBetweenRanks() {
    assertThat(CohortChange.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
    assertThat(CohortChange.quantile(new double[] {1, 2, 3, 4}, 0.75)).isEqualTo(3.25);
    assertThat(CohortChange.quantile(new double[] {1, 2, 4, 8, 16}, 0.25)).isEqualTo(2.0);
    assertThat(CohortChange.quantile(new double[] {5}, 0.75)).isEqualTo(5.0);
  }

  private static List<ObjectivityMarker> correlation(int[] journal, int[] scores) {
    VprAnalysis a = new VprAnalysis(VprScales.none(), false);
    for (int i = 0; i < journal.length; i++) {
      MarkValue j = MarkValue.of(journal[i]);
      a.accept("f", new VprResult("c" + i, "S", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(5), 2024, Optional.of("1"),
          false, List.of(), OptionalInt.of(scores[i]), Optional.of(j), Optional.of(j)));
    }
    return a.result().schools().get(0).markers();
  }

  /**
   * r_s exactly 0 (journal 3, 4, 5 against scores 10, 12, 10: ranks 1, 2, 3 and 1,5, 3, 1,5) is no marker; one more
   * pupil (journal 3, score 11) makes r_s = −1/18 and the marker. {@code <= 0} for {@code < 0} would flag the first.
   */
  @Test
  void aCorrelationOfExactlyZeroIsNoMarker() {
    assertThat(RankCorrelation.spearman(new int[] {3, 4, 5}, new int[] {10, 12, 10}).getAsDouble()).isEqualTo(0.0);
    assertThat(correlation(new int[] {3, 4, 5}, new int[] {10, 12, 10})).doesNotContain(ObjectivityMarker.NEGATIVE_CORRELATION);
    assertThat(RankCorrelation.spearman(new int[] {3, 4, 5, 3}, new int[] {10, 12, 10, 11}).getAsDouble())
        .isCloseTo(-1.0 / 18, Offset.offset(1e-12));
    assertThat(correlation(new int[] {3, 4, 5, 3}, new int[] {10, 12, 10, 11})).contains(ObjectivityMarker.NEGATIVE_CORRELATION);
  }
}
