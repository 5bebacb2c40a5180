package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ВПР exports at the edges of what makes a header, where it may stand and what a preamble may say. */
class VprImportEdgesTest {
  @TempDir Path dir;

  private Path csv(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A header needs its task columns: code and sum alone are not a layout, in any of the three. */
  @Test
  void aHeaderWithoutTaskColumnsIsNoLayout() {
    assertThat(VprColumns.recognise(List.of("code", "sum", "klass"))).isEmpty();
    assertThat(VprColumns.recognise(List.of("code", "sum", "a-1-grade"))).isPresent();
    assertThat(VprColumns.recognise(List.of("Код обучающегося", "Всего баллов"))).isEmpty();
    assertThat(VprColumns.recognise(List.of("Код обучающегося", "Всего баллов", "Балл за 1"))).isPresent();
    assertThat(VprColumns.recognise(List.of("Код", "Итого баллов"))).isEmpty();
    assertThat(VprColumns.recognise(List.of("Код", "Итого баллов", "1 (1б)"))).isPresent();
  }

  /** The 2020 dump has no textbook column: one there is reported as unknown; elsewhere a textbook is a known column. */
  @Test
  void aTextbookColumnIsUnknownInThe2020DumpOnly() {
    VprColumns dump = VprColumns.recognise(List.of("code", "sum", "a-1-grade", "Учебник")).orElseThrow();
    assertThat(dump.unknown).containsExactly(3);
    VprColumns protocol = VprColumns.recognise(List.of("Код", "Итого баллов", "1 (1б)", "Учебник")).orElseThrow();
    assertThat(protocol.unknown).isEmpty();
    assertThat(protocol.header(3)).isEqualTo("Учебник");
    assertThat(protocol.header(4)).isEmpty();
    assertThat(protocol.header(-1)).isEmpty();
    // the regional export's second variant and class letter columns are known and not imported; a stranger is reported
    VprColumns regional = VprColumns.recognise(List.of("Код обучающегося", "Всего баллов", "Балл за 1", "Вариант (часть 2)",
        "Буква (цифра) класса", "Любимый цвет")).orElseThrow();
    assertThat(regional.unknown).containsExactly(5);
  }

  /** «Класс» as the very first column is the class column. */
  @Test
  void theClassColumnMayComeFirst() throws IOException {
    Path file = csv("ВПР 2024 Математика 4 класс.csv", "Класс;Код;Вариант;1 (1б);Итого баллов\n4А;101;1;1;1\n");
    VprImportResult r = VprImport.read(file, VprImportOptions.defaults());
    assertThat(r.results()).singleElement().satisfies(v -> assertThat(v.className()).contains(ClassName.parse("4А")));
  }

  /** No title: the preamble row «Предмет | Математика» names the subject; the grade and year come from the caller. */
  @Test
  void theSubjectFromAPreambleRow() throws IOException {
    Path file = csv("results.csv", "Предмет;Математика\n\nПользователь;Код;Вариант;1 (1б);Итого баллов\nedu1;101;1;1;1\n");
    VprImportResult r = VprImport.read(file, new VprImportOptions(Optional.empty(), Optional.of(Grade.of(4)), OptionalInt.of(2024),
        ImportMode.LENIENT, Optional.empty()));
    assertThat(r.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
  }

  /** The header is looked for in the first 30 rows: after 29 preamble rows it is found, after 30 it is not. */
  @Test
  void theHeaderWithinTheFirstThirtyRows() throws IOException {
    String header = "Пользователь;Код;Вариант;1 (1б);Итого баллов\nedu1;101;1;1;1\n";
    assertThat(VprImport.read(csv("ВПР 2024 Математика 4 класс.csv", "примечание\n".repeat(29) + header),
        VprImportOptions.defaults()).results()).hasSize(1);
    assertThatThrownBy(() -> VprImport.read(csv("ВПР 2024 Математика 5 класс.csv", "примечание\n".repeat(30) + header),
        VprImportOptions.defaults())).hasMessageContaining("не найден лист с результатами участников ВПР")
        .hasMessageContaining(VprLayout.DUMP_2020.description() + "; " + VprLayout.REGIONAL_2021.description());
  }

  /**
   * A fractional or negative score is no score: each is reported at its cell, the row's other values kept; the good row
   * beside it is imported whole.
   */
  @Test
  void fractionalAndNegativeScoresAreReportedAtTheirCells() throws IOException {
    Path file = csv("ВПР 2024 Математика 4 класс.csv", "Пользователь;Код;Вариант;1 (1б);2 (2б);Итого баллов\n"
        + "edu1;101;1;1;2;3\n"
        + "edu1;102;1;0,5;1;1,5\n"
        + "edu1;103;1;-1;1;-1\n");
    VprImportResult r = VprImport.read(file, VprImportOptions.defaults());
    assertThat(r.results()).filteredOn(v -> v.participantCode().equals("101")).singleElement()
        .satisfies(v -> assertThat(v.primaryScore()).hasValue(3));
    assertThat(r.results()).filteredOn(v -> !v.participantCode().equals("101"))
        .allSatisfy(v -> assertThat(v.primaryScore()).isEmpty());
    assertThat(r.problems()).extracting(io.github.vsoko.model.problem.Problem::toString)
        .anySatisfy(p -> assertThat(p).contains("строка 3", "столбец D", "«0,5»"))
        .anySatisfy(p -> assertThat(p).contains("строка 3", "столбец F", "«1,5»"))
        .anySatisfy(p -> assertThat(p).contains("строка 4", "столбец D", "«-1»"))
        .anySatisfy(p -> assertThat(p).contains("строка 4", "столбец F", "«-1»"));
  }
}
