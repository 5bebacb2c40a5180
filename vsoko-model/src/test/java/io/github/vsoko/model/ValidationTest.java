package io.github.vsoko.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Invalid values are rejected with a message that names the value and the rule")
class ValidationTest {

  @Test
  void grade13() {
    assertThatThrownBy(() -> Grade.of(13)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grade must be between 1 and 12, was 13");
    assertThatThrownBy(() -> ClassName.parse("13А")).hasMessageContaining("«13А»").hasMessageContaining("grade 13");
  }

  @Test
  void mark6() {
    assertThatThrownBy(() -> MarkValue.of(6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mark must be between 2 and 5, was 6");
    assertThatThrownBy(() -> ExamResult.oge("s1", SchoolSubject.MATHEMATICS, 2025, 20, 6))
        .hasMessage("mark must be between 2 and 5, was 6");
  }

  @Test
  void negativeCounts() {
    assertThatThrownBy(() -> new Infrastructure(LocalDate.of(2024, 12, 31), -3, 100, true, ReadingRoom.none(), true,
            BigDecimal.TEN))
        .hasMessage("computers in education must not be negative, was -3");
    assertThatThrownBy(() -> new Infrastructure(LocalDate.of(2024, 12, 31), 3, 100, true, ReadingRoom.none(), true,
            new BigDecimal("-1.5")))
        .hasMessage("educational area must not be negative, was -1.5");
    assertThatThrownBy(() -> new TaskScore("11.1", OptionalInt.of(-1), OptionalInt.of(1)))
        .hasMessage("score of task 11.1 must not be negative, was -1");
  }

  @Test
  void endBeforeStart() {
    assertThatThrownBy(() -> ReportingPeriod.custom(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 1, 1)))
        .hasMessage("period end (2025-01-01) must not be before period start (2025-05-31)");
    assertThatThrownBy(() -> Student.of("s1", ClassName.parse("5А"), LocalDate.of(2024, 9, 1)).leaving(LocalDate.of(2024, 8, 1)))
        .hasMessage("leaving date (2024-08-01) must not be before enrolment date of student s1 (2024-09-01)");
  }

  @Test
  void otherRules() {
    assertThatThrownBy(() -> ReportingPeriod.term(PeriodKind.QUARTER, 5, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1)))
        .hasMessage("четверть number must be between 1 and 4, was 5");
    assertThatThrownBy(() -> AcademicYear.parse("2024/2026")).hasMessageContaining("«2024/2026»");
    assertThatThrownBy(() -> new TaskScore("3", OptionalInt.of(3), OptionalInt.of(2)))
        .hasMessage("task 3 scored 3 points, above its maximum of 2");
    assertThatThrownBy(() -> new ExamResult("s1", io.github.vsoko.model.school.StateExam.GIA_9,
            io.github.vsoko.model.school.ExamForm.EGE, SchoolSubject.RUSSIAN, Optional.empty(), OptionalInt.of(10),
            OptionalInt.empty(), Optional.empty(), 2025, io.github.vsoko.model.school.ExamPeriod.MAIN))
        .hasMessage("ЕГЭ is not a form of ГИА-9");
    assertThatThrownBy(() -> new ExamResult("s1", io.github.vsoko.model.school.StateExam.GIA_11,
            io.github.vsoko.model.school.ExamForm.EGE, SchoolSubject.RUSSIAN, Optional.empty(), OptionalInt.empty(),
            OptionalInt.of(101), Optional.empty(), 2025, io.github.vsoko.model.school.ExamPeriod.MAIN))
        .hasMessage("test score must be between 0 and 100, was 101");
    assertThatThrownBy(() -> new VprResult("12345", "edu223017", Optional.of(ClassName.parse("5А")), SchoolSubject.MATHEMATICS,
            Grade.of(4), 2022, Optional.of("1"), true, List.of(), OptionalInt.of(10), Optional.empty(), Optional.empty()))
        .hasMessage("participant 12345 is absent but has a score or mark");
    assertThatThrownBy(() -> new VprResult("12345", "edu223017", Optional.empty(), SchoolSubject.MATHEMATICS,
            Grade.of(4), 2022, Optional.empty(), false, List.of(), OptionalInt.of(10), Optional.empty(),
            Optional.of(MarkValue.NOT_ATTESTED)))
        .hasMessage("journal mark of participant 12345 must be 2–5, was «н/а»");
    assertThatThrownBy(() -> new Experience(3, 12, LocalDate.of(2024, 1, 1)))
        .hasMessage("experience months must be between 0 and 11, was 12");
    assertThatThrownBy(() -> StaffMember.builder("t1", "учитель", LocalDate.of(2015, 1, 1), LocalDate.of(2024, 9, 1)).build())
        .hasMessageContaining("before the age of 14");
    assertThatThrownBy(() -> new ContestResult("s1", " ", Optional.empty(), ContestLevel.SCHOOL, ContestStatus.WINNER,
            LocalDate.of(2024, 10, 1)))
        .hasMessage("event must not be blank");
    assertThatThrownBy(() -> new ReadingRoom(false, true, false, false, false, false))
        .hasMessageContaining("no reading room");
  }

  @Test
  void taxIdentifiersAreCheckedDigitByDigit() {
    Organization org = Organization.of("o1", "Школа", "Школа", OrganizationKind.GENERAL);
    org.withInn("7707083893").withOgrn("1027700132195");
    assertThatThrownBy(() -> org.withInn("7707083894")).hasMessage("ИНН «7707083894» has a wrong check digit");
    assertThatThrownBy(() -> org.withInn("77070")).hasMessage("ИНН of an organization must be 10 digits, was «77070»");
    assertThatThrownBy(() -> org.withOgrn("1027700132196")).hasMessage("ОГРН «1027700132196» has a wrong check digit");
  }
}
