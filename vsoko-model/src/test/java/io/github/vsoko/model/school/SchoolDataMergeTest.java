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

  /**
   * Two calendar years' documents — each with the students of its year in that year's class, and the annual marks of
   * the academic year it closes — merged, equal the one document of both: the same students (the later document's
   * record), every mark, the earlier year's classes as history, and so the same class of every student on every day.
   */
  @Property(tries = 60)
  void mergingDocumentsOfTwoYearsEqualsOneDocumentOfBoth(
      @ForAll @net.jqwik.api.constraints.Size(min = 1, max = 12) List<@IntRange(min = 0, max = 35) Integer> codes) {
    AcademicYear first = AcademicYear.starting(2023);
    java.util.List<Student> y2023 = new java.util.ArrayList<>();
    java.util.List<Student> y2024 = new java.util.ArrayList<>();
    java.util.List<AttestationMark> m2023 = new java.util.ArrayList<>();
    java.util.List<AttestationMark> m2024 = new java.util.ArrayList<>();
    java.util.List<ClassEnrolment> history = new java.util.ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      String id = "s" + i;
      int grade = 2 + code % 8;
      String letter = code % 2 == 0 ? "А" : "Б";
      String nextLetter = code % 3 == 0 ? "Б" : "А";
      boolean newcomer = code % 7 == 6; // joins in September 2024: only in the later document
      boolean leaver = code % 5 == 4;   // leaves in March 2025: on the later document's roll with its date
      LocalDate enrolled = newcomer ? LocalDate.of(2024, 9, 1) : LocalDate.of(2018, 9, 1);
      ClassName before = ClassName.parse(grade + letter);
      ClassName after = ClassName.parse((grade + 1) + nextLetter);
      if (!newcomer) {
        y2023.add(Student.of(id, before, enrolled));
        history.add(new ClassEnrolment(id, first, before, java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.empty()));
        m2023.add(new AttestationMark(id, SchoolSubject.RUSSIAN, ReportingPeriod.academicYear(AcademicYear.starting(2022)),
            MarkValue.of(2 + code % 4)));
        m2024.add(new AttestationMark(id, SchoolSubject.RUSSIAN, ReportingPeriod.academicYear(first),
            MarkValue.of(2 + (code / 4) % 4)));
      }
      y2024.add(new Student(id, after, enrolled, leaver ? java.util.Optional.of(LocalDate.of(2025, 3, 1))
          : java.util.Optional.empty(), java.util.Set.of()));
    }
    SchoolData d2023 = SchoolData.builder(ORG, ReportingPeriod.calendarYear(2023)).students(y2023).marks(m2023).build();
    SchoolData d2024 = SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024)).students(y2024).marks(m2024).build();
    java.util.List<AttestationMark> all = new java.util.ArrayList<>(m2023);
    all.addAll(m2024);
    SchoolData both = SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024)).students(y2024).marks(all)
        .enrolments(history).build();
    SchoolData merged = SchoolDataMerge.merge(codes.size() % 2 == 0 ? List.of(d2023, d2024) : List.of(d2024, d2023));
    assertThat(merged.period()).isEqualTo(both.period());
    assertThat(merged.students()).containsExactlyInAnyOrderElementsOf(both.students());
    assertThat(merged.marks()).containsExactlyInAnyOrderElementsOf(both.marks());
    assertThat(merged.enrolments()).containsExactlyInAnyOrderElementsOf(both.enrolments());
    for (Student s : both.students()) {
      for (LocalDate day : List.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 10, 1))) {
        assertThat(merged.classOf(s.id(), day)).as("%s on %s", s.id(), day).isEqualTo(both.classOf(s.id(), day));
      }
    }
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
