package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Distributions summed from parts equal distributions recomputed from all rows, at every level. */
class VprDistributionProperties {
  /** Grade 4 has a scale with a maximum of 40, grade 5 none (the export's marks count). */
  private static final VprScales SCALES = VprScales.none()
      .with(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2024), new VprScale(10, 20, 30, OptionalInt.of(40)));

  /**
   * Any split of any rows — absent, score-less, above the maximum, past the histogram's first length, with tasks of
   * unknown maximum and tasks not done, with and without a class — over two accumulators, merged, gives what one
   * accumulator over all rows gives.
   */
  @Property(tries = 200)
  void mergedPartsEqualTheWhole(@ForAll("rows") List<VprResult> rows, @ForAll @Size(min = 1, max = 50) List<Boolean> side) {
    VprDistributions whole = new VprDistributions(SCALES);
    VprDistributions left = new VprDistributions(SCALES);
    VprDistributions right = new VprDistributions(SCALES);
    for (int i = 0; i < rows.size(); i++) {
      whole.accept(rows.get(i));
      (side.get(i % side.size()) ? left : right).accept(rows.get(i));
    }
    List<VprDistribution> expected = whole.result();
    assertThat(left.merge(right).result()).isEqualTo(expected);
    // the schools add up to all, and so do the classes where every row names its class
    for (VprDistribution all : expected.stream().filter(d -> d.level().equals("all")).toList()) {
      long schools = expected.stream().filter(d -> d.work().equals(all.work()) && d.level().equals("school"))
          .mapToLong(VprDistribution::participants).sum();
      assertThat(schools).isEqualTo(all.participants());
      assertThat(all.scores().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.participants());
    }
  }

  @Provide
  Arbitrary<List<VprResult>> rows() {
    Arbitrary<List<TaskScore>> tasks = Combinators.combine(Arbitraries.integers().between(-1, 2),
        Arbitraries.integers().between(-1, 2), Arbitraries.of(true, false))
        .as((a, b, knownMax) -> {
          List<TaskScore> t = new ArrayList<>();
          t.add(new TaskScore("1", a < 0 ? OptionalInt.empty() : OptionalInt.of(a), OptionalInt.of(2)));
          t.add(new TaskScore("2", b < 0 ? OptionalInt.empty() : OptionalInt.of(b), knownMax ? OptionalInt.of(2) : OptionalInt.empty()));
          return t;
        });
    Arbitrary<VprResult> row = Combinators.combine(Arbitraries.of("s1", "s2", "s3"), Arbitraries.of("", "А", "Б"),
        Arbitraries.of(4, 5), Arbitraries.integers().between(-2, 70), Arbitraries.of(2, 3, 4, 5, 0), tasks)
        .as((school, letter, grade, score, mark, taskScores) -> new VprResult(school + letter + grade + score, school,
            letter.isEmpty() ? Optional.empty() : Optional.of(ClassName.parse(grade + letter)), SchoolSubject.MATHEMATICS,
            Grade.of(grade), 2024, score == -2 ? Optional.empty() : Optional.of("1"), score == -2, score == -2 ? List.of() : taskScores,
            score < 0 ? OptionalInt.empty() : OptionalInt.of(score),
            mark == 0 || score == -2 ? Optional.empty() : Optional.of(MarkValue.of(mark)), Optional.empty()));
    return row.list().ofMaxSize(60);
  }
}
