package io.github.vsoko.analytics.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassEnrolment;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.YearOutcome;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class followed across periods, and who of a period's students is counted: by who, not only how many.
 *
 * <p>The school as of 31.12.2024. 2023/2024: «a», «b» and «d» in 4А, «c» in 4Б, «g» in 9А; 2024/2025: «a» and «c» in
 * 5А, «b» in 5Б. «d» left on 31.05.2024 (before the end of 2023/2024), «g» on 30.06.2024 after graduating (the
 * history says so), «e» left on 31.08.2024 — the last day of 2023/2024 — without graduating, «f» on 01.09.2024; «h» left
 * 4В on 31.05.2024 and the history does not have them.
 */
class AttestationCohortTest {
  private static final AcademicYear Y2023 = AcademicYear.starting(2023);
  private static final AcademicYear Y2024 = AcademicYear.starting(2024);
  private static final ReportingPeriod YEAR_2023 = ReportingPeriod.academicYear(Y2023);
  private static final ReportingPeriod Q1_2024 =
      ReportingPeriod.term(PeriodKind.QUARTER, 1, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 27));

  private static Student student(String id, String cls) {
    return Student.of(id, ClassName.parse(cls), LocalDate.of(2019, 9, 1));
  }

  private static AttestationMark mark(String id, ReportingPeriod period, MarkValue value) {
    return new AttestationMark(id, SchoolSubject.MATHEMATICS, period, value);
  }

  private static SchoolData data() {
    Organization org = Organization.of("sch", "МБОУ СОШ № 2", "Муниципальное бюджетное общеобразовательное учреждение «СОШ № 2»",
        OrganizationKind.GENERAL);
    return SchoolData.builder(org, ReportingPeriod.calendarYear(2024))
        .students(List.of(student("a", "5А"), student("b", "5Б"), student("c", "5А"),
            student("d", "4А").leaving(LocalDate.of(2024, 5, 31)), student("g", "9А").leaving(LocalDate.of(2024, 6, 30)),
            student("e", "8А").leaving(LocalDate.of(2024, 8, 31)), student("f", "8А").leaving(LocalDate.of(2024, 9, 1)),
            student("h", "4В").leaving(LocalDate.of(2024, 5, 31))))
        .enrolments(List.of(
            ClassEnrolment.of("a", Y2023, ClassName.parse("4А"), YearOutcome.PROMOTED),
            ClassEnrolment.of("b", Y2023, ClassName.parse("4А"), YearOutcome.PROMOTED),
            ClassEnrolment.of("d", Y2023, ClassName.parse("4А"), YearOutcome.LEFT),
            ClassEnrolment.of("c", Y2023, ClassName.parse("4Б"), YearOutcome.PROMOTED),
            ClassEnrolment.of("g", Y2023, ClassName.parse("9А"), YearOutcome.GRADUATED),
            ClassEnrolment.of("a", Y2024, ClassName.parse("5А"), YearOutcome.PROMOTED),
            ClassEnrolment.of("b", Y2024, ClassName.parse("5Б"), YearOutcome.PROMOTED),
            ClassEnrolment.of("c", Y2024, ClassName.parse("5А"), YearOutcome.PROMOTED)))
        .marks(List.of(
            mark("a", YEAR_2023, MarkValue.FIVE), mark("b", YEAR_2023, MarkValue.THREE), mark("d", YEAR_2023, MarkValue.TWO),
            mark("c", YEAR_2023, MarkValue.FOUR), mark("g", YEAR_2023, MarkValue.FOUR), mark("e", YEAR_2023, MarkValue.TWO),
            mark("f", YEAR_2023, MarkValue.THREE),
            mark("a", Q1_2024, MarkValue.FOUR), mark("b", Q1_2024, MarkValue.FIVE), mark("c", Q1_2024, MarkValue.TWO)))
        .build();
  }

  @Test
  void theMembersOfAClassInAYear() {
    SchoolData data = data();
    assertThat(AttestationAnalysis.cohortMembers(data, ClassName.parse("4А"), Y2023)).containsExactly("a", "b", "d");
    assertThat(AttestationAnalysis.cohortMembers(data, ClassName.parse("4Б"), Y2023)).containsExactly("c");
    // this year from the history, and a class the history does not have from the students' own classes
    assertThat(AttestationAnalysis.cohortMembers(data, ClassName.parse("5А"), Y2024)).containsExactly("a", "c");
    // a year with neither history nor own classes: nobody is guessed into it
    assertThat(AttestationAnalysis.cohortMembers(data, ClassName.parse("5А"), AcademicYear.starting(2022))).isEmpty();
    assertThat(AttestationAnalysis.cohortMembers(data, ClassName.parse("7В"), Y2024)).isEmpty();
    // «h» left in May 2024 and has no history: the class they left from is theirs for 2023/2024, not for 2024/2025
    assertThat(AttestationAnalysis.cohortMembers(data, ClassName.parse("4В"), Y2023)).containsExactly("h");
    assertThat(AttestationAnalysis.cohortMembers(data, ClassName.parse("4В"), Y2024)).isEmpty();
  }

  /** 4А of 2023/2024 followed into 5А and 5Б: «d» left before the year's end and is out; «c» was never in 4А. */
  @Test
  void aCohortAcrossPeriodsAndClasses() {
    List<AttestationGroup> cohort = AttestationAnalysis.cohort(data(), ClassName.parse("4А"), Y2023, AttestationOptions.defaults());
    assertThat(cohort).extracting(AttestationGroup::key, AttestationGroup::counts).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2023/2024 учебный год — 4А", new AttestationCounts(1, 0, 1, 0, 0, 0, 0)),
        org.assertj.core.groups.Tuple.tuple(Q1_2024.label() + " — 5А, 5Б", new AttestationCounts(1, 1, 0, 0, 0, 0, 0)));
    // with leavers counted, «d»'s «2» is in
    assertThat(AttestationAnalysis.cohort(data(), ClassName.parse("4А"), Y2023, new AttestationOptions(7, false, false)).get(0)
        .counts()).isEqualTo(new AttestationCounts(1, 0, 1, 1, 0, 0, 0));
  }

  /**
   * Leavers of 2023/2024 by who: «d» (before the end) and «e» (on its last day) are out, «g» graduated and is in, «f»
   * left the day after and is in. With leavers counted all are in.
   */
  @Test
  void leaversAreOutUnlessTheyGraduatedOrLeftAfterThePeriod() {
    List<AttestationGroup> byClass = AttestationAnalysis.analyse(data(), YEAR_2023, AttestationGrouping.CLASS,
        AttestationOptions.defaults());
    assertThat(byClass).extracting(AttestationGroup::key, AttestationGroup::counts).containsExactly(
        org.assertj.core.groups.Tuple.tuple("4А", new AttestationCounts(1, 0, 1, 0, 0, 0, 0)),
        org.assertj.core.groups.Tuple.tuple("4Б", new AttestationCounts(0, 1, 0, 0, 0, 0, 0)),
        org.assertj.core.groups.Tuple.tuple("8А", new AttestationCounts(0, 0, 1, 0, 0, 0, 0)),
        org.assertj.core.groups.Tuple.tuple("9А", new AttestationCounts(0, 1, 0, 0, 0, 0, 0)));
    List<AttestationGroup> all = AttestationAnalysis.analyse(data(), YEAR_2023, AttestationGrouping.SCHOOL,
        new AttestationOptions(7, false, false));
    assertThat(all).singleElement().extracting(AttestationGroup::counts).isEqualTo(new AttestationCounts(1, 2, 2, 2, 0, 0, 0));
  }

  /** Classes sort by grade, then letter; other keys after them. */
  @Test
  void classesSortByGradeThenLetter() {
    // the builder adds to the school's students and marks: 5А and 5Б have first-quarter marks already
    SchoolData data = data().toBuilder().students(List.of(student("x", "10А"), student("y", "9Б"), student("z", "1А")))
        .marks(List.of(mark("x", Q1_2024, MarkValue.FIVE), mark("y", Q1_2024, MarkValue.FIVE),
            mark("z", Q1_2024, MarkValue.FIVE))).build();
    assertThat(AttestationAnalysis.analyse(data, Q1_2024, AttestationGrouping.CLASS, AttestationOptions.defaults()))
        .extracting(AttestationGroup::key).containsExactly("1А", "5А", "5Б", "9Б", "10А");
    assertThat(AttestationAnalysis.analyse(data, Q1_2024, AttestationGrouping.GRADE, AttestationOptions.defaults()))
        .extracting(AttestationGroup::key).containsExactly("1", "5", "9", "10");
  }

  /** By level of education: a leaver of 2023/2024 whose class that year the history does not give is «класс не известен». */
  @Test
  void byLevelAndWithAClassNotKnown() {
    SchoolData data = data().toBuilder().students(List.of(student("x", "10А").leaving(LocalDate.of(2024, 9, 2))))
        .enrolments(List.of(ClassEnrolment.of("x", AcademicYear.starting(2022), ClassName.parse("8А"), YearOutcome.PROMOTED)))
        .marks(List.of(mark("x", YEAR_2023, MarkValue.FIVE))).build();
    assertThat(AttestationAnalysis.analyse(data, YEAR_2023, AttestationGrouping.LEVEL, AttestationOptions.defaults()))
        .extracting(AttestationGroup::key, g -> g.counts().five() + g.counts().four() + g.counts().three() + g.counts().two())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("НОО", 3L), org.assertj.core.groups.Tuple.tuple("ООО", 2L),
            org.assertj.core.groups.Tuple.tuple(AttestationAnalysis.UNKNOWN_CLASS, 1L));
  }
}
