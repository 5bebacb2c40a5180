package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.model.school.VprResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The real 2021 export analysed by {@link VprAnalysis} and, independently, by a plain loop written
 * here (its own mark thresholds, its own counting): both must agree school by school.
 */
class VprAnalysisRealFilesTest {
  private static final Path FILE = SharedData.vpr("2021/4/Проведение работы по математике, 4 класс. ВПР 2021.xlsx");

  @Test
  void theAnalysisAgreesWithASecondComputationOnTheRealFile() {
    VprImportResult imported = VprImport.read(FILE, VprImportOptions.defaults());
    VprAnalysis analysis = new VprAnalysis(VprScales.forAll(new VprScale(6, 10, 15, OptionalInt.of(20))), false);
    imported.results().forEach(r -> analysis.accept("f", r));
    VprAnalysisResult result = analysis.result();

    Map<String, long[]> expected = new HashMap<>();
    for (VprResult r : imported.results()) {
      long[] c = expected.computeIfAbsent(r.schoolLogin(), k -> new long[6]);
      if (r.absent()) {
        c[0]++;
        continue;
      }
      if (r.primaryScore().isEmpty() || r.primaryScore().getAsInt() > 20) {
        c[1]++;
        continue;
      }
      int s = r.primaryScore().getAsInt();
      int vpr = s >= 15 ? 5 : s >= 10 ? 4 : s >= 6 ? 3 : 2;
      c[2]++;
      if (r.journalMark().isEmpty()) {
        continue;
      }
      int j = Integer.parseInt(r.journalMark().get().label());
      c[vpr < j ? 3 : vpr == j ? 4 : 5]++;
    }
    assertThat(result.schools()).hasSize(expected.size());
    for (VprSchoolResult s : result.schools()) {
      long[] c = expected.get(s.school());
      assertThat(List.of(s.counts().absent(), s.counts().invalid(), s.counts().participants(), s.counts().lowered(),
          s.counts().confirmed(), s.counts().raised())).as(s.school()).containsExactly(c[0], c[1], c[2], c[3], c[4], c[5]);
    }
    assertThat(result.total().participants() + result.total().absent() + result.total().invalid())
        .isEqualTo(imported.results().size());
    assertThat(result.total().noMark()).isZero();
    assertThat(result.schools()).allSatisfy(s -> assertThat(s.counts().compared() + s.counts().noJournalMark())
        .isEqualTo(s.counts().participants()));
    // the official marker appears for some schools and the index is computed over all entries
    assertThat(result.objectivityIndex()).isBetween(0.0, 100.0);
  }
}
