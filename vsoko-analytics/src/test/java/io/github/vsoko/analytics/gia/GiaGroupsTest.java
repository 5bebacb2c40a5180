package io.github.vsoko.analytics.gia;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.TeachingAssignment;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** ГИА by class and by teacher: the groups add up to the subject, and a generous class stands out. */
class GiaGroupsTest {
  private static final AcademicYear YEAR = AcademicYear.starting(2023);
  private static final Organization ORG = Organization.of("s", "Школа", "Школа", OrganizationKind.GENERAL);

  /**
   * 9А and 9Б, twenty graduates each, ОГЭ mathematics 2024. In 9А the annual mark is «5» and the exam «3» for twelve
   * (lowered 12 of 20); in 9Б one of twenty is lowered. t1 teaches mathematics in 9А, t2 in 9Б; nobody is assigned
   * Russian.
   */
  static SchoolData school(int[] loweredIn9a, int[] loweredIn9b) {
    return school(loweredIn9a, loweredIn9b, false, SchoolSubject.MATHEMATICS);
  }

  /** As above; {@code raised}: annual «3» and exam «4» for the marked graduates; mathematics taught as {@code taught}. */
  static SchoolData school(int[] loweredIn9a, int[] loweredIn9b, boolean raised, SchoolSubject taught) {
    List<Student> students = new ArrayList<>();
    List<AttestationMark> marks = new ArrayList<>();
    List<ExamResult> exams = new ArrayList<>();
    int[][] lowered = {loweredIn9a, loweredIn9b};
    String[] letters = {"А", "Б"};
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < lowered[c].length; i++) {
        String id = letters[c] + i;
        students.add(new Student(id, new ClassName(io.github.vsoko.model.school.Grade.of(9), letters[c]),
            LocalDate.of(2015, 9, 1), Optional.of(LocalDate.of(2024, 6, 30)), Set.of()));
        boolean low = lowered[c][i] == 1;
        marks.add(new AttestationMark(id, SchoolSubject.MATHEMATICS, ReportingPeriod.academicYear(YEAR),
            low ? (raised ? MarkValue.THREE : MarkValue.FIVE) : MarkValue.FOUR));
        exams.add(new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.MATHEMATICS, Optional.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Optional.of(low ? (raised ? MarkValue.FOUR : MarkValue.THREE) : MarkValue.FOUR),
            2024, ExamPeriod.MAIN));
        exams.add(new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.RUSSIAN, Optional.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Optional.of(MarkValue.FOUR), 2024, ExamPeriod.MAIN));
      }
    }
    List<StaffMember> staff = List.of(teacher("t1"), teacher("t2"));
    return SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024)).students(students).staff(staff).marks(marks)
        .exams(exams).assignments(List.of(
            new TeachingAssignment("t1", YEAR, ClassName.parse("9А"), taught),
            new TeachingAssignment("t2", YEAR, ClassName.parse("9Б"), taught))).build();
  }

  private static StaffMember teacher(String id) {
    return StaffMember.builder(id, "учитель математики", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 9, 1)).build();
  }

  private static int[] firstOnes(int n, int ones) {
    int[] a = new int[n];
    for (int i = 0; i < ones; i++) {
      a[i] = 1;
    }
    return a;
  }

  private static List<GiaGroupResult> groups(SchoolData data, GiaGrouping grouping) {
    return GiaAnalysis.byGroup(data, 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE, ExamScales.none(), grouping);
  }

  @Test
  void theGenerousClassAndItsTeacherStandOut() {
    SchoolData data = school(firstOnes(20, 12), firstOnes(20, 1));
    List<GiaGroupResult> byClass = groups(data, GiaGrouping.CLASS);
    assertThat(byClass).extracting(g -> g.result().subject().name() + " " + g.group() + " " + g.result().lowered() + "/"
        + g.compared() + (g.loweredStandsOut() ? " !" : "")).containsExactly(
        "Математика 9А 12/20 !", "Математика 9Б 1/20", "Русский язык 9А 0/0", "Русский язык 9Б 0/0");
    List<GiaGroupResult> byTeacher = groups(data, GiaGrouping.TEACHER);
    assertThat(byTeacher).extracting(g -> g.result().subject().name() + " " + g.group() + (g.loweredStandsOut() ? " !" : ""))
        .containsExactly("Математика t1 !", "Математика t2", "Русский язык " + GiaAnalysis.UNKNOWN_TEACHER);
    assertThat(byTeacher.get(2).result().participants()).isEqualTo(40);
  }

  @Property(tries = 100)
  void classesAddUpToTheSubject(@ForAll @Size(min = 1, max = 15) List<@IntRange(min = 0, max = 1) Integer> a,
      @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 0, max = 1) Integer> b) {
    SchoolData data = school(a.stream().mapToInt(Integer::intValue).toArray(), b.stream().mapToInt(Integer::intValue).toArray());
    List<GiaSubjectResult> subjects = GiaAnalysis.analyse(data, 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE);
    List<GiaGroupResult> byClass = groups(data, GiaGrouping.CLASS);
    for (GiaSubjectResult s : subjects) {
      List<GiaSubjectResult> parts = byClass.stream().map(GiaGroupResult::result).filter(r -> r.subject().equals(s.subject()))
          .toList();
      assertThat(parts.stream().mapToLong(GiaSubjectResult::participants).sum()).isEqualTo(s.participants());
      assertThat(parts.stream().mapToLong(GiaSubjectResult::lowered).sum()).isEqualTo(s.lowered());
      assertThat(parts.stream().mapToLong(GiaSubjectResult::confirmed).sum()).isEqualTo(s.confirmed());
      assertThat(parts.stream().mapToLong(GiaSubjectResult::noAnnualMark).sum()).isEqualTo(s.noAnnualMark());
    }
  }

  /**
   * A class is compared with the rest of the subject — the subject less the class, in the count and in the base: 6 of
   * 10 against 4 of 40 stands out, 5 of 10 against 1 of 10 does not (as the ВПР class markers); raised marks alike.
   */
  @Test
  void aClassIsComparedWithTheRestOfTheSubject() {
    for (boolean raised : new boolean[] {false, true}) {
      List<GiaGroupResult> standsOut = groups(school(firstOnes(10, 6), firstOnes(40, 4), raised, SchoolSubject.MATHEMATICS),
          GiaGrouping.CLASS);
      GiaGroupResult a = standsOut.get(0);
      assertThat(a.group()).isEqualTo("9А");
      assertThat(a.compared()).isEqualTo(10);
      assertThat(raised ? a.raisedStandsOut() : a.loweredStandsOut()).as("raised: " + raised).isTrue();
      assertThat(raised ? a.loweredStandsOut() : a.raisedStandsOut()).isFalse();
      assertThat(standsOut.get(1).compared()).isEqualTo(40);
      GiaGroupResult close = groups(school(firstOnes(10, 5), firstOnes(10, 1), raised, SchoolSubject.MATHEMATICS),
          GiaGrouping.CLASS).get(0);
      assertThat(close.loweredStandsOut() || close.raisedStandsOut()).as("raised: " + raised).isFalse();
    }
  }

  /** Mathematics without a teacher of «Математика» in the class goes to the teacher of «Алгебра». */
  @Test
  void mathematicsFallsBackToTheAlgebraTeacher() {
    List<GiaGroupResult> byTeacher = groups(school(firstOnes(5, 1), firstOnes(5, 0), false, SchoolSubject.ALGEBRA),
        GiaGrouping.TEACHER);
    assertThat(byTeacher).extracting(g -> g.result().subject().name() + " " + g.group())
        .containsExactly("Математика t1", "Математика t2", "Русский язык " + GiaAnalysis.UNKNOWN_TEACHER);
  }
}
