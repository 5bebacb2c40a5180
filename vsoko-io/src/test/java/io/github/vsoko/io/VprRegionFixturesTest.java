package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.fixtures.VprRegionFixtures;
import io.github.vsoko.model.problem.ProblemSeverity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded region the benchmarks read is what the importer reads from real exports: each layout, every row. */
class VprRegionFixturesTest {
  @TempDir Path dir;

  @Test
  void everyLayoutOfTheSeededRegionImportsWhole() throws IOException {
    List<Path> files = VprRegionFixtures.write(dir, 18, 3, 500);
    List<VprLayout> layouts = List.of(VprLayout.DUMP_2020, VprLayout.REGIONAL_2021, VprLayout.PROTOCOL);
    for (int i = 0; i < 3; i++) {
      VprImportResult r = VprImport.read(files.get(i), VprImportOptions.defaults());
      assertThat(r.layout()).as(files.get(i).toString()).isEqualTo(layouts.get(i));
      assertThat(r.year()).isEqualTo(2020 + i);
      assertThat(r.results()).hasSize(500);
      assertThat(r.results().stream().filter(x -> x.isParticipant()).count()).isBetween(400L, 499L);
      assertThat(r.results()).allSatisfy(x -> assertThat(x.journalMark()).isPresent());
      assertThat(r.problems()).noneMatch(p -> p.severity() == ProblemSeverity.ERROR);
      assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("сумма баллов"));
    }
  }
}
