package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.ClassEnrolment;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.school.YearOutcome;
import io.github.vsoko.model.time.AcademicYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A cohort's ВПР followed through the classes its students were in on 20 April of each year. */
class VprCohortTest {
  private static int code;

  private static VprResult row(int year, int grade, String cls, int score, boolean absent) {
    return new VprResult("p" + code++, "sch1", Optional.ofNullable(cls).map(ClassName::parse), SchoolSubject.MATHEMATICS,
        Grade.of(grade), year, absent ? Optional.empty() : Optional.of("1"), absent, List.of(),
        absent ? OptionalInt.empty() : OptionalInt.of(score), Optional.empty(), Optional.empty());
  }

  /**
   * Two students: in 2022/2023 one in 4А, one in 4Б; in 2023/2024 both in 5А. The cohort's works are grade 4 of 2023
   * (4А and 4Б: three rows, one absent) and grade 5 of 2024 (5А: two rows); 4В, 5Б, a row without a class and a year
   * when no member's class is known are not the cohort's.
   */
  @Test
  void followsTheClassesOfEachYear() {
    SchoolData base = SmallSchool.data();
    String first = base.students().get(0).id();
    String second = base.students().get(1).id();
    List<ClassEnrolment> history = List.of(
        ClassEnrolment.of(first, AcademicYear.starting(2022), ClassName.parse("4А"), YearOutcome.PROMOTED),
        ClassEnrolment.of(second, AcademicYear.starting(2022), ClassName.parse("4Б"), YearOutcome.PROMOTED),
        ClassEnrolment.of(first, AcademicYear.starting(2023), ClassName.parse("5А"), YearOutcome.PROMOTED),
        ClassEnrolment.of(second, AcademicYear.starting(2023), ClassName.parse("5А"), YearOutcome.PROMOTED),
        ClassEnrolment.of(first, AcademicYear.starting(2020), ClassName.parse("2А"), YearOutcome.PROMOTED));
    List<VprResult> vpr = new ArrayList<>(List.of(
        row(2023, 4, "4А", 10, false), row(2023, 4, "4А", 0, true), row(2023, 4, "4Б", 14, false), row(2023, 4, "4В", 20, false),
        row(2024, 5, "5А", 7, false), row(2024, 5, "5А", 9, false), row(2024, 5, "5Б", 3, false), row(2024, 5, null, 4, false),
        row(2019, 4, "4А", 5, false)));
    SchoolData data = base.toBuilder().enrolments(history).vpr(vpr).build();
    List<VprCohortWork> works = VprCohort.follow(data, Set.of(first, second), VprScales.none());
    assertThat(works).extracting(w -> w.work().year(), w -> w.work().grade().value(), w -> w.classes().toString(),
        w -> w.counts().participants(), w -> w.counts().absent(), w -> w.counts().scoreSum())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, 4, "[4А, 4Б]", 2L, 1L, 24L),
            org.assertj.core.groups.Tuple.tuple(2024, 5, "[5А]", 2L, 0L, 16L));
    assertThat(VprCohort.follow(data, Set.of(), VprScales.none())).isEmpty();
  }
}
