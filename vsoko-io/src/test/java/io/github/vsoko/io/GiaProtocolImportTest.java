package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.io.fixtures.FisOkoFixtures;
import io.github.vsoko.io.fixtures.RcoiFixtures;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** РЦОИ protocols: stacked blocks of an .xls, ЕГЭ in .xlsx, pseudonymous ids, task sums checked. */
class GiaProtocolImportTest {
  private static final Pseudonyms KEY = Pseudonyms.withKey("ключ школы № 7, хранится у директора".getBytes(StandardCharsets.UTF_8));
  @TempDir Path dir;

  @Test
  void stackedOgeBlocksOfAnXlsFileWithPseudonymsAndTaskSums() throws IOException {
    Path file = RcoiFixtures.ogeXls(dir);
    assertThat(GiaProtocolImport.recognises(file)).isTrue();
    GiaProtocolResult r = GiaProtocolImport.read(file, KEY);
    assertThat(r.schoolCode()).contains("240007");
    assertThat(r.exams()).extracting(e -> e.subject().name() + " " + e.form() + " " + e.primaryScore().getAsInt() + " "
        + e.mark().map(MarkValue::label).orElse("-") + " " + e.year()).containsExactly(
        "Русский язык OGE 30 5 2024", "Русский язык OGE 25 4 2024", "Русский язык OGE 13 3 2024",
        "Математика OGE 20 4 2024", "Математика OGE 5 2 2024");
    assertThat(r.exams()).allSatisfy(e -> assertThat(e.exam()).isEqualTo(StateExam.GIA_9));
    // «ИВАНОВ Петр» in the second block is «Иванов Пётр» of the first: one id
    assertThat(r.exams().get(0).studentId()).isEqualTo(r.exams().get(3).studentId()).isEqualTo(KEY.of("Иванов Пётр Сергеевич"));
    assertThat(r.students()).hasSize(3).extracting(s -> s.className().toString()).containsExactly("9А", "9А", "9Б");
    assertThat(r.problems()).extracting(Problem::toString).singleElement().asString()
        .contains("Протокол ОГЭ 2024.xls", "Протокол", "строка 7", "сумма баллов за задания 12 не равна первичному баллу 13")
        .doesNotContain("Сидоров");
    assertThat(r.toString()).doesNotContain("Иванов", "Петрова");
  }

  @Test
  void anEgeProtocolWithTestScores() throws IOException {
    GiaProtocolResult r = GiaProtocolImport.read(RcoiFixtures.egeXlsx(dir), KEY);
    assertThat(r.exams()).extracting(ExamResult::form, e -> e.testScore().getAsInt(), e -> e.subject())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ExamForm.EGE, 78, SchoolSubject.RUSSIAN),
            org.assertj.core.groups.Tuple.tuple(ExamForm.EGE, 38, SchoolSubject.RUSSIAN));
    assertThat(r.exams()).allSatisfy(e -> assertThat(e.exam()).isEqualTo(StateExam.GIA_11));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void anotherTableIsNotAProtocol() throws IOException {
    Path other = FisOkoFixtures.markStatistics(dir);
    assertThat(GiaProtocolImport.recognises(other)).isFalse();
    assertThatThrownBy(() -> GiaProtocolImport.read(other, KEY)).hasMessageContaining("не похоже на протокол РЦОИ");
  }

  @Test
  void pseudonymsIgnoreCaseYoAndSpacesAndNeedAKey() {
    assertThat(KEY.of("  иванов   ПЁТР сергеевич ")).isEqualTo(KEY.of("Иванов", "Петр", "Сергеевич")).startsWith("p").hasSize(17);
    assertThat(Pseudonyms.withKey("другой ключ другой школы".getBytes(StandardCharsets.UTF_8)).of("Иванов Пётр Сергеевич"))
        .isNotEqualTo(KEY.of("Иванов Пётр Сергеевич"));
    assertThatThrownBy(() -> Pseudonyms.withKey(new byte[4])).hasMessageContaining("короче 16 байт");
  }
}
