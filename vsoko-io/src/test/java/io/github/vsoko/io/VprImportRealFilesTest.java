package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The three real ФИС ОКО layouts")
class VprImportRealFilesTest {

  @Test
  void dump2020() {
    VprImportResult r = VprImport.read(SharedData.vpr("2020/4/Математика.xlsx"), VprImportOptions.defaults());
    assertThat(r.layout()).isEqualTo(VprLayout.DUMP_2020);
    assertThat(r.sheet()).isEqualTo("Sheet1");
    assertThat(r.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(r.grade()).isEqualTo(Grade.of(4));
    assertThat(r.year()).isEqualTo(2020);
    assertThat(r.results()).hasSize(26_626);
    assertThat(r.absent()).isEqualTo(3_286);
    assertThat(r.participants()).isEqualTo(23_334);
    VprResult first = r.results().get(0);
    assertThat(first.participantCode()).isEqualTo("50001");
    assertThat(first.schoolLogin()).isEqualTo("sch223080");
    assertThat(first.className()).contains(new ClassName(Grade.of(4), "А"));
    assertThat(first.journalMark()).contains(MarkValue.FOUR);
    assertThat(first.primaryScore()).hasValue(14);
    assertThat(first.tasks()).hasSize(15);
    assertThat(first.tasks().get(4)).isEqualTo(new TaskScore("5", OptionalInt.empty(), OptionalInt.empty()));
    // the six present rows with variant «0» and no primary score are kept, excluded and reported
    assertThat(r.problems()).filteredOn(p -> p.message().contains("числового первичного балла нет")).hasSize(6)
        .allSatisfy(p -> assertThat(p.fileLocation().orElseThrow().column()).contains("J"));
    // the stray «Учебник» column among the task columns is reported, not silently dropped
    assertThat(r.problems()).filteredOn(p -> p.fileLocation().orElseThrow().header().filter("Учебник"::equals).isPresent()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("(42, начиная со строки"));
    // «не пройд.» in a task cell means not done; in autumn 2020 pupils of 5А wrote the grade-4 work
    assertThat(r.problems()).noneMatch(p -> p.value().filter(v -> v.startsWith("не пройд")).isPresent());
    assertThat(r.results()).anySatisfy(v -> assertThat(v.className()).contains(ClassName.parse("5А")));
    // a class column holding a place name is reported, the row is kept without a class
    assertThat(r.problems()).filteredOn(p -> p.value().filter("Быстрянка"::equals).isPresent())
        .allSatisfy(p -> assertThat(p.fileLocation().orElseThrow().column()).contains("G"));
    // journal marks «нет отметки» are missing, never 0
    assertThat(r.results()).filteredOn(v -> v.journalMark().isEmpty() && !v.absent()).hasSize(16);
  }

  @Test
  void regional2021() {
    VprImportResult r = VprImport.read(
        SharedData.vpr("2021/4/Проведение работы по математике, 4 класс. ВПР 2021.xlsx"), VprImportOptions.defaults());
    assertThat(r.layout()).isEqualTo(VprLayout.REGIONAL_2021);
    assertThat(r.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(r.grade()).isEqualTo(Grade.of(4));
    assertThat(r.year()).isEqualTo(2021);
    assertThat(r.results()).hasSize(26_666);
    assertThat(r.absent()).isEqualTo(1_732);
    assertThat(r.participants()).isEqualTo(26_666 - 1_732 - 1);
    VprResult first = r.results().get(0);
    assertThat(first).satisfies(v -> {
      assertThat(v.schoolLogin()).isEqualTo("sch220206");
      assertThat(v.participantCode()).isEqualTo("40001");
      assertThat(v.className()).contains(new ClassName(Grade.of(4), ""));
      assertThat(v.primaryScore()).hasValue(20);
      assertThat(v.tasks()).hasSize(15).allSatisfy(t -> assertThat(t.maxPoints()).isEmpty());
    });
    assertThat(r.results().stream().flatMap(v -> v.tasks().stream()).filter(t -> !t.done())).isNotEmpty();
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.fileLocation().orElseThrow().sheet()).contains("Sheet"));
  }

  @Test
  void protocol2022FindsTheParticipantSheetAndMaxPoints() {
    VprImportResult r = VprImport.read(SharedData.vpr("2022/5/Математика.xlsx"), VprImportOptions.defaults());
    assertThat(r.layout()).isEqualTo(VprLayout.PROTOCOL);
    assertThat(r.sheet()).isEqualTo("Протокол");
    assertThat(r.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(r.grade()).isEqualTo(Grade.of(5));
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.results()).hasSize(7).allSatisfy(v -> {
      assertThat(v.schoolLogin()).isEqualTo("edu223017");
      assertThat(v.className()).contains(new ClassName(Grade.of(5), ""));
    });
    VprResult first = r.results().get(0);
    assertThat(first.participantCode()).isEqualTo("50001");
    assertThat(first.primaryScore()).hasValue(7);
    assertThat(first.journalMark()).contains(MarkValue.THREE);
    assertThat(first.tasks()).extracting(TaskScore::task).containsExactly(
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11.1", "11.2", "12.1", "12.2", "13", "14");
    assertThat(first.maxScore()).hasValue(20);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void theCallerMayGiveSubjectGradeAndYear() {
    VprImportResult r = VprImport.read(SharedData.vpr("2022/5/Математика.xlsx"),
        VprImportOptions.defaults().of(SchoolSubject.RUSSIAN, Grade.of(5), 2023));
    assertThat(List.of(r.subject(), r.year())).containsExactly(SchoolSubject.RUSSIAN, 2023);
  }
}
