package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CohortChangeTest {
  private static VprResult row(String school, int grade, int year, int score) {
    return new VprResult(school + grade + year + score, school, Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(grade), year,
        Optional.of("1"), false, List.of(), OptionalInt.of(score), Optional.empty(), Optional.empty());
  }

  @Test
  void quantilesAreLinearBetweenRanks() {
    assertThat(CohortChange.quantile(new double[] {1, 2, 3, 4}, 0.25)).isCloseTo(1.75, Offset.offset(1e-12));
    assertThat(CohortChange.quantile(new double[] {1, 2, 3, 4}, 0.75)).isCloseTo(3.25, Offset.offset(1e-12));
  }

  /**
   * Eight schools keep their level from grade 4 (2021) to grade 5 (2022): K ≈ 1. School «Z» scored
   * 18 of 20 in grade 4 and 4 of 20 in grade 5: K = 90/20 = 4.5, far above Q75 + 3·IQR — a sharp fall.
   */
  @Test
  void aSharpFallIsMarked() {
    VprScales scales = VprScales.none()
        .with(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2021), new VprScale(6, 10, 15, OptionalInt.of(20)))
        .with(new VprWork(SchoolSubject.MATHEMATICS, Grade.of(5), 2022), new VprScale(6, 10, 15, OptionalInt.of(20)));
    VprAnalysis a = new VprAnalysis(scales, false);
    for (int s = 0; s < 8; s++) {
      a.accept("f", row("S" + s, 4, 2021, 10 + s));
      a.accept("f", row("S" + s, 5, 2022, 10 + s + (s % 2)));
    }
    a.accept("f", row("Z", 4, 2021, 18));
    a.accept("f", row("Z", 5, 2022, 4));
    List<CohortChange.Change> changes = CohortChange.analyse(a.result(), scales, 4);
    assertThat(changes).hasSize(9);
    CohortChange.Change z = changes.stream().filter(c -> c.school().equals("Z")).findFirst().orElseThrow();
    assertThat(z.k()).isCloseTo(4.5, Offset.offset(1e-12));
    assertThat(z.marker()).contains(ObjectivityMarker.COHORT_DROP);
    assertThat(changes).filteredOn(c -> !c.school().equals("Z")).allSatisfy(c -> assertThat(c.marker()).isEmpty());
    // the analysis puts the marker on the school's grade-5 entry
    assertThat(a.result().schools()).filteredOn(s -> s.school().equals("Z") && s.work().grade().value() == 5).singleElement()
        .satisfies(s -> assertThat(s.markerTexts()).contains("резкое падение результатов параллели от 4 к 5 классу (K > Q75 + 3·IQR)"));
  }
}
