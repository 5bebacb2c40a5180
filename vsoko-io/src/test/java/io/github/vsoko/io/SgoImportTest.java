package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.io.fixtures.FisOkoFixtures;
import io.github.vsoko.io.fixtures.SgoFixtures;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.time.PeriodKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** «Сетевой город» exports: final marks wide, the student report, pseudonyms, attendance codes that are not marks. */
class SgoImportTest {
  private static final Pseudonyms KEY = Pseudonyms.withKey("ключ школы № 7, хранится у директора".getBytes(StandardCharsets.UTF_8));
  @TempDir Path dir;

  @Test
  void finalMarksOfAClassByPeriod() throws IOException {
    Path file = SgoFixtures.finalMarks(dir);
    assertThat(SgoImport.recognises(file)).isTrue();
    SgoImportResult r = SgoImport.read(file, KEY);
    assertThat(r.year().toString()).isEqualTo("2023/2024");
    assertThat(r.className().toString()).isEqualTo("9Б");
    assertThat(r.students()).hasSize(3);
    String sidorov = KEY.of("Сидоров Илья");
    List<AttestationMark> year = r.marks().stream().filter(m -> m.period().kind() == PeriodKind.ACADEMIC_YEAR).toList();
    assertThat(year).hasSize(9);
    assertThat(year).filteredOn(m -> m.studentId().equals(sidorov) && m.subject().equals(SchoolSubject.ALGEBRA))
        .extracting(AttestationMark::value).containsExactly(MarkValue.NOT_ATTESTED);
    // «Б» is an attendance code: no mark, no problem
    assertThat(r.marks()).filteredOn(m -> m.studentId().equals(sidorov) && m.subject().equals(SchoolSubject.RUSSIAN))
        .extracting(m -> m.period().kind() + " " + m.period().number()).containsExactly("HALF_YEAR 1", "ACADEMIC_YEAR 1");
    assertThat(r.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("Итоговые отметки 9Б.xls", "предмет «Родной язык (русский)» не из справочника");
    assertThat(r.toString()).doesNotContain("Иванов", "Петрова", "Сидоров");
  }

  @Test
  void theStudentReportKeepsThePrintedAverageAndTakesTheFinalMarks() throws IOException {
    SgoImportResult r = SgoImport.read(SgoFixtures.studentReport(dir), KEY);
    assertThat(r.students()).extracting(s -> s.id()).containsExactly(KEY.of("Иванов Пётр Сергеевич"));
    assertThat(r.marks()).extracting(m -> m.subject().name() + " " + m.period().kind() + " " + m.value().label())
        .containsExactly("Алгебра HALF_YEAR 4", "Алгебра ACADEMIC_YEAR 4", "Русский язык HALF_YEAR 5",
            "Русский язык ACADEMIC_YEAR 5");
    // 4,25 as printed: СГО weighs marks by the type of work; the plain mean of 5, 4, 3 would be 4
    assertThat(r.averages()).extracting(a -> a.subject() + " " + a.value().toPlainString())
        .containsExactly("Алгебра 4.25", "Русский язык 4.80");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void subjectNamesInAnyCaseAndAbbreviations() {
    assertThat(SubjectNames.find("Русскому языку")).contains(SchoolSubject.RUSSIAN);
    assertThat(SubjectNames.find("по математике")).contains(SchoolSubject.MATHEMATICS);
    assertThat(SubjectNames.find("РУ")).contains(SchoolSubject.RUSSIAN);
    assertThat(SubjectNames.find("МА")).contains(SchoolSubject.MATHEMATICS);
    assertThat(SubjectNames.find("Физкультура")).contains(SchoolSubject.PHYSICAL_EDUCATION);
    assertThat(SubjectNames.find("Биолгия")).isEmpty();
    assertThat(SubjectNames.candidates("Биолгия")).isEqualTo(" (похожие: «Биология»)");
  }

  @Test
  void aSpreadsheetIsNotAnSgoReport() throws IOException {
    Path other = FisOkoFixtures.markStatistics(dir);
    assertThat(SgoImport.recognises(other)).isFalse();
    assertThatThrownBy(() -> SgoImport.read(other, KEY)).hasMessageContaining("не отчёт «Сетевого города»");
  }
}
