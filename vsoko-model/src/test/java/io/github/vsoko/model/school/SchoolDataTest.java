package io.github.vsoko.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolDataTest {
  private final Organization school = Organization.of("sch1", "МБОУ СОШ № 1", "Муниципальное бюджетное общеобразовательное "
      + "учреждение «Средняя общеобразовательная школа № 1»", OrganizationKind.GENERAL);
  private final ReportingPeriod year = ReportingPeriod.calendarYear(2024);

  private Student student(String id, String className) {
    return Student.of(id, ClassName.parse(className), LocalDate.of(2020, 9, 1));
  }

  @Test
  void holdsEverythingAndFindsStudentsByIdAndDate() {
    SchoolData data = SchoolData.builder(school, year)
        .students(List.of(student("s1", "9А"), student("s2", "11Б").leaving(LocalDate.of(2024, 6, 30))))
        .exams(List.of(ExamResult.oge("s1", SchoolSubject.RUSSIAN, 2024, 30, 5)))
        .certificates(List.of(new Certificate("s2", EducationLevel.SECONDARY, 2024, CertificateStatus.ISSUED_WITH_HONOURS)))
        .build();
    assertThat(data.student("s2")).map(Student::grade).contains(Grade.of(11));
    assertThat(data.studentsOn(LocalDate.of(2024, 12, 31))).extracting(Student::id).containsExactly("s1");
    assertThat(data).isEqualTo(data.toBuilder().build());
  }

  @Test
  void reportsEveryDuplicateAndDanglingReferenceAtOnce() {
    SchoolData.Builder b = SchoolData.builder(school, year)
        .students(List.of(student("s1", "9А"), student("s1", "9Б")))
        .exams(List.of(ExamResult.oge("ghost", SchoolSubject.RUSSIAN, 2024, 30, 5)))
        .certificates(List.of(new Certificate("ghost2", EducationLevel.BASIC, 2024, CertificateStatus.ISSUED)));
    assertThatThrownBy(b::build).isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problems()).extracting(Problem::toString).containsExactly(
            "данные «МБОУ СОШ № 1», поле «students[1].id»: идентификатор «s1» встречается повторно",
            "данные «МБОУ СОШ № 1», поле «exams[0]»: ссылка на обучающегося «ghost», которого нет среди обучающихся",
            "данные «МБОУ СОШ № 1», поле «certificates[0]»: ссылка на обучающегося «ghost2», которого нет среди обучающихся"))
        .hasMessageEndingWith("(и ещё проблем: 2)");
  }
}
