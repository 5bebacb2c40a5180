package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.fixtures.FisOkoFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ВПР export whose header is there and whose rows are not (issue 20: untested): no results, no invented zero. */
class VprEmptySheetTest {
  @TempDir Path dir;

  @Test
  void aHeaderWithoutRowsGivesNoResults() throws IOException {
    List<List<Object>> rows = FisOkoFixtures.preamble("Индивидуальные результаты", 2024, "Математика", 4, 20, "16.04.2024");
    rows.add(FisOkoFixtures.row("ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (2б)", "2 (6б)",
        "Первичный балл", "Отметка", "Отметка по журналу"));
    Path file = FisOkoFixtures.write(dir.resolve("empty.xlsx"), "МА 4 Индивидуальные результаты", rows);
    VprImportResult r = VprImport.read(file, VprImportOptions.defaults());
    assertThat(r.results()).isEmpty();
    assertThat(r.subject().name()).isEqualTo("Математика");
    assertThat(r.grade().value()).isEqualTo(4);
    assertThat(r.year()).isEqualTo(2024);
  }
}
