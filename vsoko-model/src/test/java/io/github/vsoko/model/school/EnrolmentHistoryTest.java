package io.github.vsoko.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The class of a student on a day comes from the history; without it, only the reporting year's class is known. */
class EnrolmentHistoryTest {
  private static final Organization ORG = Organization.of("s", "Школа", "Школа", OrganizationKind.GENERAL);
  private static final AcademicYear Y2023 = AcademicYear.starting(2023);
  private static final AcademicYear Y2024 = AcademicYear.starting(2024);

  private static SchoolData data(List<Student> students, List<ClassEnrolment> history) {
    return SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024)).students(students).enrolments(history).build();
  }

  @Test
  void theHistoryDecidesAndAMoveSplitsTheYear() {
    Student s = Student.of("s1", ClassName.parse("5Б"), LocalDate.of(2020, 9, 1));
    SchoolData d = data(List.of(s), List.of(
        new ClassEnrolment("s1", Y2023, ClassName.parse("4А"), Optional.empty(), Optional.of(LocalDate.of(2024, 1, 14)),
            Optional.of(YearOutcome.MOVED)),
        new ClassEnrolment("s1", Y2023, ClassName.parse("4Б"), Optional.of(LocalDate.of(2024, 1, 15)), Optional.empty(),
            Optional.of(YearOutcome.PROMOTED)),
        ClassEnrolment.of("s1", Y2024, ClassName.parse("5Б"), YearOutcome.PROMOTED)));
    assertThat(d.classOf("s1", LocalDate.of(2023, 10, 1))).contains(ClassName.parse("4А"));
    assertThat(d.classOf("s1", LocalDate.of(2024, 5, 31))).contains(ClassName.parse("4Б"));
    assertThat(d.classOf("s1", LocalDate.of(2024, 12, 31))).contains(ClassName.parse("5Б"));
    assertThat(d.classOf("s1", LocalDate.of(2022, 12, 31))).as("a year the history lacks").isEmpty();
  }

  @Test
  void withoutHistoryOnlyTheReportingYearOrTheYearOfLeavingIsKnown() {
    Student now = Student.of("a", ClassName.parse("5Б"), LocalDate.of(2020, 9, 1));
    Student graduate = Student.of("b", ClassName.parse("11А"), LocalDate.of(2013, 9, 1)).leaving(LocalDate.of(2024, 6, 30));
    SchoolData d = data(List.of(now, graduate), List.of());
    assertThat(d.classOf("a", LocalDate.of(2024, 12, 31))).contains(ClassName.parse("5Б"));
    assertThat(d.classOf("a", LocalDate.of(2024, 5, 31))).as("never this year's class for last year").isEmpty();
    assertThat(d.classOf("b", LocalDate.of(2024, 5, 31))).contains(ClassName.parse("11А"));
    assertThat(d.classOf("nobody", LocalDate.of(2024, 5, 31))).isEmpty();
  }

  @Test
  void overlappingClassesInAYearAndUnknownStudentsAreErrors() {
    Student s = Student.of("s1", ClassName.parse("5Б"), LocalDate.of(2020, 9, 1));
    assertThatThrownBy(() -> data(List.of(s), List.of(ClassEnrolment.of("s1", Y2023, ClassName.parse("4А"), YearOutcome.PROMOTED),
        ClassEnrolment.of("s1", Y2023, ClassName.parse("4Б"), YearOutcome.PROMOTED))))
        .hasMessageContaining("enrolments[1]").hasMessageContaining("4А и 4Б на пересекающиеся даты");
    assertThatThrownBy(() -> data(List.of(s), List.of(ClassEnrolment.of("x", Y2023, ClassName.parse("4А"), YearOutcome.PROMOTED))))
        .hasMessageContaining("enrolments[0]").hasMessageContaining("«x»");
    assertThatThrownBy(() -> new ClassEnrolment("s1", Y2023, ClassName.parse("4А"), Optional.of(LocalDate.of(2024, 9, 2)),
        Optional.empty(), Optional.empty())).hasMessageContaining("вне 2023/2024 учебного года");
  }
}
