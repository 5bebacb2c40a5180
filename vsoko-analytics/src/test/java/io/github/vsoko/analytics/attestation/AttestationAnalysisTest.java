package io.github.vsoko.analytics.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AttestationAnalysisTest {
  private static final ReportingPeriod YEAR = ReportingPeriod.academicYear(AcademicYear.starting(2023));

  /**
   * The small school's 2023/2024 annual marks: «5» ×6 (s2 ×2, s3, s4, s6, s7), «4» ×2 (s3, s5), «3» ×1
   * (s4), «н/а» ×1 (s6), «осв.» ×1 (s5); s8's quarter mark is another period. Base 10: успеваемость
   * 90 %, качество 80 %, СОУ (600 + 128 + 36 + 7)/10 = 77.1, средний балл 41/9 = 4.56 (4.1 over the base).
   */
  @Test
  void theSmallSchoolByHand() {
    List<AttestationGroup> school = AttestationAnalysis.analyse(SmallSchool.data(), YEAR, AttestationGrouping.SCHOOL,
        AttestationOptions.defaults());
    AttestationCounts c = school.get(0).counts();
    assertThat(c).isEqualTo(new AttestationCounts(6, 2, 1, 0, 1, 1, 0));
    assertThat(c.base()).isEqualTo(10);
    assertThat(c.progress()).hasValue(90.0);
    assertThat(c.quality()).hasValue(80.0);
    assertThat(c.sou(AttestationOptions.defaults()).getAsDouble()).isCloseTo(77.1, Offset.offset(1e-9));
    assertThat(c.sou(new AttestationOptions(0, false, true)).getAsDouble()).isCloseTo(76.4, Offset.offset(1e-9));
    assertThat(c.meanMark(AttestationOptions.defaults()).getAsDouble()).isCloseTo(41.0 / 9, Offset.offset(1e-12));
    assertThat(c.meanMark(new AttestationOptions(7, true, true)).getAsDouble()).isCloseTo(4.1, Offset.offset(1e-12));
    // without a history the 2023/2024 classes are not known: never labelled with this year's class
    assertThat(AttestationAnalysis.analyse(SmallSchool.data(), YEAR, AttestationGrouping.CLASS, AttestationOptions.defaults()))
        .extracting(AttestationGroup::key).containsExactly(AttestationAnalysis.UNKNOWN_CLASS);
    // with it, each mark counts in the class of that year
    SchoolData history = withLastYearsClasses(SmallSchool.data());
    List<AttestationGroup> classes = AttestationAnalysis.analyse(history, YEAR, AttestationGrouping.CLASS,
        AttestationOptions.defaults());
    assertThat(classes).extracting(AttestationGroup::key).containsExactly("1А", "2А", "3А", "4А", "6Б", "8А");
    assertThat(classes.get(2).counts().quality()).hasValue(50.0);
    assertThat(AttestationAnalysis.analyse(history, YEAR, AttestationGrouping.LEVEL, AttestationOptions.defaults()))
        .extracting(AttestationGroup::key).containsExactly("НОО", "ООО");
  }

  /** By teacher: each mark counts for the teacher of its subject in the student's class that year. */
  @Test
  void byTeacherFromTheTeachingAssignments() {
    SchoolData history = withLastYearsClasses(SmallSchool.data());
    assertThat(AttestationAnalysis.analyse(history, YEAR, AttestationGrouping.TEACHER, AttestationOptions.defaults()))
        .extracting(AttestationGroup::key).containsExactly(AttestationAnalysis.UNKNOWN_TEACHER);
    String teacher = history.staff().get(0).id();
    List<io.github.vsoko.model.school.TeachingAssignment> load = new java.util.ArrayList<>();
    for (var m : history.marks()) {
      if (m.period().equals(YEAR)) {
        history.classOf(m.studentId(), YEAR.end()).ifPresent(c -> load.add(new io.github.vsoko.model.school.TeachingAssignment(
            teacher, AcademicYear.starting(2023), c, m.subject())));
      }
    }
    SchoolData taught = history.toBuilder().assignments(load.stream().distinct().toList()).build();
    List<AttestationGroup> byTeacher = AttestationAnalysis.analyse(taught, YEAR, AttestationGrouping.TEACHER,
        AttestationOptions.defaults());
    assertThat(byTeacher).singleElement().satisfies(g -> {
      assertThat(g.key()).startsWith(teacher + " — ");
      assertThat(g.counts()).isEqualTo(new AttestationCounts(6, 2, 1, 0, 1, 1, 0));
    });
  }

  /** The data with each student's 2023/2024 class: one grade below, the same letter. */
  static SchoolData withLastYearsClasses(SchoolData data) {
    List<io.github.vsoko.model.school.ClassEnrolment> history = new java.util.ArrayList<>();
    for (var s : data.students()) {
      if (s.grade().value() > 1 && !s.enrolledOn().isAfter(java.time.LocalDate.of(2023, 9, 1))) {
        history.add(io.github.vsoko.model.school.ClassEnrolment.of(s.id(), io.github.vsoko.model.time.AcademicYear.starting(2023),
            new io.github.vsoko.model.school.ClassName(io.github.vsoko.model.school.Grade.of(s.grade().value() - 1),
                s.className().letter()), io.github.vsoko.model.school.YearOutcome.PROMOTED));
      }
    }
    return data.toBuilder().enrolments(history).build();
  }

  @ParameterizedTest
  @EnumSource(AttestationGrouping.class)
  void everyGroupingSumsToTheSchool(AttestationGrouping grouping) {
    List<AttestationGroup> groups = AttestationAnalysis.analyse(SmallSchool.data(), YEAR, grouping, AttestationOptions.defaults());
    assertThat(AttestationAnalysis.total(groups)).isEqualTo(new AttestationCounts(6, 2, 1, 0, 1, 1, 0));
  }

  @Test
  void leaversAreOutByDefaultAndEmptyGroupsHaveNoShares() {
    SchoolData base = SmallSchool.data();
    // the builder adds to what the data has
    SchoolData data = base.toBuilder()
        .students(List.of(Student.of("x", ClassName.parse("6А"), LocalDate.of(2020, 9, 1)).leaving(LocalDate.of(2024, 3, 1))))
        .marks(List.of(new AttestationMark("x", SchoolSubject.MATHEMATICS, YEAR, MarkValue.TWO))).build();
    assertThat(AttestationAnalysis.total(AttestationAnalysis.analyse(data, YEAR, AttestationGrouping.SCHOOL,
        AttestationOptions.defaults())).two()).isZero();
    assertThat(AttestationAnalysis.total(AttestationAnalysis.analyse(data, YEAR, AttestationGrouping.SCHOOL,
        new AttestationOptions(7, false, false))).two()).isEqualTo(1);
    assertThat(AttestationCounts.ZERO.progress()).isEmpty();
    assertThatThrownBy(() -> new AttestationOptions(5, false, true)).hasMessageContaining("7 or 0");
  }
}
