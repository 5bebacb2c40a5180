package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.VprResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.data.Offset;

class VprProperties {
  @Property
  void marksAreMonotoneInTheScore(@ForAll @IntRange(min = 1, max = 10) int a, @ForAll @IntRange(min = 1, max = 10) int b,
      @ForAll @IntRange(min = 1, max = 10) int c, @ForAll @IntRange(min = 0, max = 40) int s) {
    VprScale scale = new VprScale(a, a + b, a + b + c, OptionalInt.empty());
    assertThat(scale.mark(s + 1).points().getAsInt()).isGreaterThanOrEqualTo(scale.mark(s).points().getAsInt());
  }

  /** Without ties, r_s equals the textbook 1 − 6Σd²/(n(n²−1)). */
  @Property
  void spearmanEqualsTheTextbookFormulaWithoutTies(@ForAll("permutation") List<Integer> y) {
    int n = y.size();
    int[] xs = new int[n];
    int[] ys = new int[n];
    double d2 = 0;
    for (int i = 0; i < n; i++) {
      xs[i] = i * 3 + 1;
      ys[i] = y.get(i);
      double d = (i + 1) - (y.get(i) + 1);
      d2 += d * d;
    }
    double textbook = 1 - 6 * d2 / (n * ((double) n * n - 1));
    assertThat(RankCorrelation.spearman(xs, ys).getAsDouble()).isCloseTo(textbook, Offset.offset(1e-9));
  }

  @Provide
  Arbitrary<List<Integer>> permutation() {
    return Arbitraries.integers().between(2, 30).flatMap(n -> {
      List<Integer> base = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        base.add(i);
      }
      return Arbitraries.shuffle(base);
    });
  }

  /** With ties, r_s equals Pearson's r of average ranks computed the slow way. */
  @Property
  void spearmanWithTiesEqualsAReferenceImplementation(@ForAll @Size(min = 2, max = 40) List<@IntRange(min = 2, max = 5) Integer> x,
      @ForAll("scores") List<Integer> y) {
    Assume.that(y.size() >= x.size());
    int n = x.size();
    int[] xs = x.stream().mapToInt(Integer::intValue).toArray();
    int[] ys = y.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
    double[] rx = slowRanks(xs);
    double[] ry = slowRanks(ys);
    OptionalDouble expected = pearson(rx, ry);
    OptionalDouble actual = RankCorrelation.spearman(xs, ys);
    assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      assertThat(actual.getAsDouble()).isCloseTo(expected.getAsDouble(), Offset.offset(1e-9)).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
    }
  }

  /** Ranking by counting (short ranges: marks, scores) equals ranking by sorting, exactly, ties included. */
  @Property
  void countedRanksEqualSortedRanks(@ForAll("anyRange") List<Integer> values) {
    int[] v = values.stream().mapToInt(Integer::intValue).toArray();
    assertThat(RankCorrelation.ranks(v)).containsExactly(RankCorrelation.sortedRanks(v));
    assertThat(RankCorrelation.ranks(v)).containsExactly(slowRanks(v));
  }

  @Provide
  Arbitrary<List<Integer>> anyRange() {
    return Arbitraries.oneOf(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(-3, 40),
        Arbitraries.integers(), Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0))
        .list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<Integer>> scores() {
    return Arbitraries.integers().between(0, 20).list().ofMinSize(40).ofMaxSize(40);
  }

  private static double[] slowRanks(int[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      int less = 0;
      int equal = 0;
      for (int x : v) {
        if (x < v[i]) {
          less++;
        } else if (x == v[i]) {
          equal++;
        }
      }
      r[i] = less + (equal + 1) / 2.0;
    }
    return r;
  }

  private static OptionalDouble pearson(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i] / a.length;
      mb += b[i] / b.length;
    }
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa < 1e-12 || sbb < 1e-12 ? OptionalDouble.empty() : OptionalDouble.of(sab / Math.sqrt(saa * sbb));
  }

  /** Any split of the rows over two analyses, merged, gives the analysis of all rows. */
  @Property(tries = 50)
  void aggregationEqualsRecomputation(@ForAll @Size(min = 1, max = 80) List<@IntRange(min = 0, max = 999) Integer> seeds,
      @ForAll @Size(min = 1, max = 80) List<Boolean> side, @ForAll boolean scaled) {
    // with the scale (maximum 20) scores 21 and 22 are over the maximum; without it no row has a ВПР mark
    VprScales scales = scaled ? VprScales.forAll(VprAnalysisTest.SCALE) : VprScales.none();
    VprAnalysis whole = new VprAnalysis(scales, true);
    VprAnalysis a = new VprAnalysis(scales, true);
    VprAnalysis b = new VprAnalysis(scales, true);
    for (int i = 0; i < seeds.size(); i++) {
      int s = seeds.get(i);
      VprResult r = VprAnalysisTest.rowIn("4" + "АБВ".charAt(s % 3), "sch" + s % 4, "p" + i, s % 7 == 0 ? null : s % 23,
          s % 5 == 0 ? null : 2 + s % 4, s % 11 == 0);
      whole.accept("f" + s % 2, r);
      (side.get(i % side.size()) ? a : b).accept("f" + s % 2, r);
    }
    VprAnalysisResult expected = whole.result();
    VprAnalysisResult merged = a.merge(b).result();
    assertThat(merged.total()).isEqualTo(expected.total());
    assertThat(merged.schools()).extracting(VprSchoolResult::counts)
        .isEqualTo(expected.schools().stream().map(VprSchoolResult::counts).toList());
    assertThat(merged.schools()).extracting(VprSchoolResult::markers)
        .isEqualTo(expected.schools().stream().map(VprSchoolResult::markers).toList());
    assertThat(merged.classes()).isEqualTo(expected.classes());
    // every row names its class: a school's classes add up to the school (over its files)
    for (String school : expected.schools().stream().map(VprSchoolResult::school).distinct().toList()) {
      VprCounts bySchool = expected.schools().stream().filter(x -> x.school().equals(school)).map(VprSchoolResult::counts)
          .reduce(VprCounts.ZERO, VprCounts::plus);
      VprCounts byClass = expected.classes().stream().filter(x -> x.school().equals(school)).map(VprClassResult::counts)
          .reduce(VprCounts.ZERO, VprCounts::plus);
      assertThat(byClass).isEqualTo(bySchool);
      VprMarkCounts marks = expected.classes().stream().filter(x -> x.school().equals(school)).map(VprClassResult::marks)
          .reduce(VprMarkCounts.ZERO, VprMarkCounts::plus);
      // without a scale these rows have no ВПР mark at all
      assertThat(marks.total()).isEqualTo(scaled ? bySchool.participants() - bySchool.noMark() : 0);
    }
  }
}
