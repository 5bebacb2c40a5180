package io.github.vsoko.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Documents of one organization merged by identity: each year keeps its classes, conflicts are errors. */
class SchoolDataMergeTest {
  private static final Organization ORG = Organization.of("s", "Школа", "Школа", OrganizationKind.GENERAL);

  private static SchoolData doc(int year, String className, List<AttestationMark> marks) {
    return SchoolData.builder(ORG, ReportingPeriod.calendarYear(year))
        .student(Student.of("s1", ClassName.parse(className), LocalDate.of(2019, 9, 1))).marks(marks).build();
  }

  private static AttestationMark annual(int startYear, MarkValue v) {
    return new AttestationMark("s1", SchoolSubject.MATHEMATICS, ReportingPeriod.academicYear(AcademicYear.starting(startYear)), v);
  }

  @Test
  void twoYearsMergedKeepEachYearsClassAndEveryRecord() {
    SchoolData y2023 = doc(2023, "4А", List.of(annual(2022, MarkValue.FOUR)));
    SchoolData y2024 = doc(2024, "5А", List.of(annual(2023, MarkValue.FIVE)));
    SchoolData merged = SchoolDataMerge.merge(List.of(y2024, y2023));
    assertThat(merged.period()).isEqualTo(y2024.period());
    assertThat(merged.marks()).hasSize(2);
    assertThat(merged.classOf("s1", LocalDate.of(2024, 5, 31))).contains(ClassName.parse("4А"));
    assertThat(merged.classOf("s1", LocalDate.of(2024, 12, 31))).contains(ClassName.parse("5А"));
    assertThat(merged.enrolments()).containsExactly(new ClassEnrolment("s1", AcademicYear.starting(2023), ClassName.parse("4А"),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
  }

  /** Merging a document with any part of its own records gives the document back. */
  @Property(tries = 20)
  void mergingWithAPartOfItselfChangesNothing(@ForAll @IntRange(min = 0, max = 10) int keep) {
    SchoolData d = SmallSchool.data();
    SchoolData part = SchoolData.builder(d.organization(), d.period()).students(d.students()).staff(d.staff())
        .marks(d.marks().subList(0, Math.min(keep, d.marks().size()))).build();
    assertThat(SchoolDataMerge.merge(List.of(part, d))).isEqualTo(d);
    assertThat(SchoolDataMerge.merge(List.of(d, d))).isEqualTo(d);
  }

  @Test
  void conflictsAreErrorsAllAtOnce() {
    SchoolData y2024 = doc(2024, "5А", List.of());
    SchoolData otherDate = SchoolData.builder(ORG, ReportingPeriod.calendarYear(2023))
        .student(Student.of("s1", ClassName.parse("4А"), LocalDate.of(2020, 9, 1)))
        .student(Student.of("s2", ClassName.parse("4Б"), LocalDate.of(2020, 9, 1))).build();
    assertThatThrownBy(() -> SchoolDataMerge.merge(List.of(otherDate, y2024)))
        .isInstanceOfSatisfying(io.github.vsoko.model.problem.ProblemException.class, e -> assertThat(e.problems())
            .extracting(Object::toString).hasSize(2)
            .anySatisfy(p -> assertThat(p).contains("обучающийся «s1» зачислен 2019-09-01, а в документе «Школа, 2023"))
            .anySatisfy(p -> assertThat(p).contains("«s2» есть в документе «Школа, 2023", "дата выбытия не указана")));
    SchoolData stranger = y2024.withOrganization(Organization.of("x", "Другая", "Другая", OrganizationKind.GENERAL))
        .withPeriod(ReportingPeriod.calendarYear(2023));
    assertThatThrownBy(() -> SchoolDataMerge.merge(List.of(stranger, y2024))).hasMessageContaining("документ другой организации");
  }
}
