package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.fixtures.FisOkoFixtures;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collection forms a school fills: the current one and the older two-part one. */
class VprCollectionFormsTest {
  @TempDir Path dir;

  @Test
  void theCurrentFormWithoutALoginColumn() throws IOException {
    Path school = Files.createDirectories(dir.resolve("sch240007"));
    VprImportResult r = VprImport.read(FisOkoFixtures.collectionForm(school), VprImportOptions.defaults());
    assertThat(r.layout()).isEqualTo(VprLayout.PROTOCOL);
    assertThat(r.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(r.grade().value()).isEqualTo(4);
    assertThat(r.year()).isEqualTo(2024);
    assertThat(r.problems()).isEmpty();
    assertThat(r.results()).extracting(VprResult::schoolLogin).containsOnly("sch240007");
    assertThat(r.results()).extracting(v -> v.participantCode() + " " + v.className().map(Object::toString).orElse("-") + " "
        + (v.absent() ? "отсутствовал" : v.primaryScore().getAsInt()) + " " + v.journalMark().map(MarkValue::label).orElse("-"))
        .containsExactly("30001 4-1 7 5", "30002 4-1 1 -", "30003 4-2 отсутствовал 4", "30004 4-2 5 3");
    assertThat(r.results().get(1).tasks()).extracting(t -> t.task() + "=" + (t.score().isPresent() ? t.score().getAsInt() : "X"))
        .containsExactly("1=0", "2=X", "4К1=1", "4К2=0");
  }

  @Test
  void theOlderTwoPartFormWithAFormulaTotal() throws IOException {
    VprImportResult r = VprImport.read(FisOkoFixtures.olderForm(dir), VprImportOptions.defaults());
    assertThat(r.layout()).isEqualTo(VprLayout.PROTOCOL);
    assertThat(r.grade().value()).isEqualTo(5);
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.problems()).isEmpty();
    assertThat(r.results()).extracting(v -> v.variant().orElse("-") + " " + v.primaryScore().getAsInt() + " "
        + v.className().orElseThrow()).containsExactly("1 4 5-1", "2 2 5-1");
    assertThat(r.results().get(0).tasks()).extracting(t -> t.task()).containsExactly("1", "2", "11.3К1");
  }

  @Test
  void taskSumsEqualThePrimaryScoreOrALocatedWarning() throws IOException {
    Path file = FisOkoFixtures.write(dir.resolve("Форма сбора результатов Русский язык 5 класс ВПР 2024.xlsx"), "Протокол",
        java.util.List.of(FisOkoFixtures.row("Код участника", "Вариант", "1 (2б)", "2 (3б)", "Порядковый номер класса",
            "Отметка за предыдущий триместр/ четверть/полугодие", "Итого баллов"),
            FisOkoFixtures.row("1", 1, 2, 3, 1, 5, 5), FisOkoFixtures.row("2", 1, 2, 1, 1, 4, 4)));
    VprImportResult r = VprImport.read(file, VprImportOptions.defaults());
    assertThat(r.results()).hasSize(2);
    assertThat(r.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("строка 3", "Итого баллов", "сумма баллов за задания 3 не равна первичному баллу 4");
  }
}
