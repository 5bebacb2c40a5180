package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contradictory records are said with both records named; the small school has none. */
class DataChecksTest {
  @Test
  void twoCertificatesOfOneGraduateAndOneExamTwice() {
    assertThat(DataChecks.check("small.json", SmallSchool.data())).isEmpty();
    SchoolData data = SmallSchool.data().toBuilder()
        .certificates(List.of(new Certificate("g1", EducationLevel.BASIC, 2024, CertificateStatus.NOT_ISSUED)))
        .exams(List.of(ExamResult.oge("g1", SchoolSubject.RUSSIAN, 2024, 29, 5))).build();
    List<String> problems = DataChecks.check("small.json", data).stream().map(Problem::toString).toList();
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).contains("certificates[", "(g1)", "уже записан аттестат со статусом");
    assertThat(problems.get(1)).contains("exams[", "(g1)", "«Русский язык» того же экзамена и периода уже записан в exams[0]");
  }
}
