package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.analytics.vpr.TaskLevel;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.io.fixtures.FisOkoFixtures;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ф1 «Индивидуальные результаты» in the real layout: level row, school group rows, class ordinals, task maxima. */
class VprIndividualResultsTest {
  @TempDir Path dir;

  @Test
  void levelsGroupRowsAndOrdinalsUnderANumericFileName() throws IOException {
    VprImportResult r = VprImport.read(FisOkoFixtures.individualResults(dir), VprImportOptions.defaults());
    assertThat(r.layout()).isEqualTo(VprLayout.INDIVIDUAL_RESULTS);
    assertThat(r.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(r.year()).isEqualTo(2024);
    assertThat(r.problems()).as("group rows are not participants, and not errors").isEmpty();
    assertThat(r.results()).extracting(VprResult::participantCode).containsExactly("10001", "10002", "10003", "20001");
    assertThat(r.results().get(0).className().orElseThrow().toString()).isEqualTo("4-1"); // the ordinal of the class
    assertThat(r.results().get(0).tasks()).extracting(t -> t.task() + ":" + t.maxPoints().getAsInt())
        .containsExactly("1:2", "2:6", "9.1:4", "12.1:4", "12.2:4");
    // the task sums equal the primary scores
    for (VprResult v : r.results()) {
      if (!v.absent()) {
        assertThat(v.tasks().stream().mapToInt(t -> t.score().orElse(0)).sum()).isEqualTo(v.primaryScore().getAsInt());
      }
    }
    VprWork work = new VprWork(SchoolSubject.MATHEMATICS, Grade.of(4), 2024);
    assertThat(List.of("1", "2", "9.1", "12.1", "12.2")).extracting(t -> r.taskLevels().level(work, t))
        .containsExactly(TaskLevel.BASIC, TaskLevel.BASIC, TaskLevel.BASIC, TaskLevel.ADVANCED, TaskLevel.ADVANCED);
  }

  @Test
  void aGroupRowThatDisagreesWithItsParticipantsIsSaid() throws IOException {
    Path file = FisOkoFixtures.individualResults(dir);
    List<List<Object>> rows = new java.util.ArrayList<>(FisOkoFixtures.preamble("Индивидуальные результаты", 2024,
        "Математика", 4, 20, "16.04.2024"));
    rows.add(FisOkoFixtures.row("ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (2б)",
        "Первичный балл", "Отметка", "Отметка по журналу"));
    rows.add(FisOkoFixtures.row("МБОУ СОШ № 7(sch240007)", "Кол-во участников: 2"));
    rows.add(FisOkoFixtures.row("sch240007", "Район", "МБОУ СОШ № 7", "1", 1, 1, 2, 2, 5, 5));
    VprImportResult r = VprImport.read(FisOkoFixtures.write(dir.resolve("2.xlsx"), "МА 4 Индивидуальные результаты", rows),
        VprImportOptions.defaults());
    assertThat(r.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("у ОО sch240007 в строке группы «Кол-во участников: 2», а строк участников 1");
    assertThat(file).exists();
  }
}
