package io.github.vsoko.analytics.gia;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * ЕГЭ, ОГЭ and ГВЭ side by side, with and without scores: the ЕГЭ minimum applies to ЕГЭ test scores only (exactly at the
 * minimum is not below it), ГВЭ and score-less results are counted without it, a primary score without a scale keeps
 * the export's mark, and the levels of mathematics are listed base before profile.
 */
class GiaFormsTest {
  private static final Organization ORG = Organization.of("s", "Школа", "Школа", OrganizationKind.GENERAL);

  private static ExamResult ege(String id, SchoolSubject subject, Optional<ExamLevel> level, Integer test, MarkValue mark) {
    return new ExamResult(id, StateExam.GIA_11, ExamForm.EGE, subject, level, OptionalInt.empty(),
        test == null ? OptionalInt.empty() : OptionalInt.of(test), Optional.ofNullable(mark), 2024, ExamPeriod.MAIN);
  }

  private static ExamResult gve(String id, StateExam exam, SchoolSubject subject, MarkValue mark) {
    return new ExamResult(id, exam, ExamForm.GVE, subject, Optional.empty(), mark == null ? OptionalInt.of(5) : OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.ofNullable(mark), 2024, ExamPeriod.MAIN);
  }

  private static SchoolData school() {
    List<ExamResult> exams = new ArrayList<>(List.of(
        ege("a", SchoolSubject.RUSSIAN, Optional.empty(), 24, null),
        ege("b", SchoolSubject.RUSSIAN, Optional.empty(), 23, null),
        ege("c", SchoolSubject.RUSSIAN, Optional.empty(), null, MarkValue.THREE), // a mark without a score: neither below nor above
        gve("d", StateExam.GIA_11, SchoolSubject.RUSSIAN, MarkValue.TWO), // ГВЭ has no minimum in test points
        gve("e", StateExam.GIA_11, SchoolSubject.RUSSIAN, null),
        ege("a", SchoolSubject.MATHEMATICS, Optional.of(ExamLevel.PROFILE), 27, null),
        ege("b", SchoolSubject.MATHEMATICS, Optional.of(ExamLevel.BASE), null, MarkValue.THREE),
        new ExamResult("f", StateExam.GIA_9, ExamForm.OGE, SchoolSubject.MATHEMATICS, Optional.empty(), OptionalInt.of(10),
            OptionalInt.empty(), Optional.of(MarkValue.THREE), 2024, ExamPeriod.MAIN),
        gve("f", StateExam.GIA_9, SchoolSubject.RUSSIAN, MarkValue.FOUR))); // ГВЭ-9: apart from ГВЭ-11
    List<Student> students = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d", "e")) {
      students.add(Student.of(id, ClassName.parse("11А"), LocalDate.of(2013, 9, 1)).leaving(LocalDate.of(2024, 6, 30)));
    }
    students.add(Student.of("f", ClassName.parse("9А"), LocalDate.of(2015, 9, 1)).leaving(LocalDate.of(2024, 6, 30)));
    return SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024)).students(students).exams(exams).build();
  }

  @Test
  void eachFormCountedByItsOwnRules() {
    List<GiaSubjectResult> results = GiaAnalysis.analyse(school(), 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE);
    assertThat(results).extracting(r -> r.form().label() + " " + r.subject().name() + r.level().map(l -> " " + l.russianName())
        .orElse("") + ": " + r.participants() + ", ниже минимума " + r.belowMinimum() + " из " + r.minimum())
        .containsExactly(
            "ЕГЭ Математика базовый: 1, ниже минимума 0 из OptionalInt.empty",
            "ЕГЭ Математика профильный: 1, ниже минимума 0 из OptionalInt[27]",
            "ЕГЭ Русский язык: 3, ниже минимума 1 из OptionalInt[24]",
            "ГВЭ Русский язык: 2, ниже минимума 0 из OptionalInt.empty",
            "ГВЭ Русский язык: 1, ниже минимума 0 из OptionalInt.empty",
            "ОГЭ Математика: 1, ниже минимума 0 из OptionalInt.empty");
    assertThat(results).extracting(GiaSubjectResult::exam).containsExactly(StateExam.GIA_11, StateExam.GIA_11, StateExam.GIA_11,
        StateExam.GIA_11, StateExam.GIA_9, StateExam.GIA_9);
    GiaSubjectResult oge = results.get(5);
    assertThat(oge.marks()).isEqualTo(Map.of("3", 1L)); // the export's mark: no scale to give another
    assertThat(oge.scaled()).isFalse();
    assertThat(oge.unscaled()).isZero();
    assertThat(oge.markedByScale()).isZero();
    GiaSubjectResult gve = results.get(3);
    assertThat(gve.marks()).isEqualTo(Map.of("2", 1L)); // the ГВЭ with a score and no mark (no ГВЭ scale) is a participant without one
  }

  /** With the ОГЭ scale, the primary score gives the mark, and the export's agrees with it. */
  @Test
  void aScaleMarksThePrimaryScore() {
    ExamScales scales = ExamScales.none().with(2024, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.MATHEMATICS,
        new ExamScale(8, 15, 22, OptionalInt.of(31), List.of()));
    GiaSubjectResult oge = GiaAnalysis.analyse(school(), 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE, scales).get(5);
    assertThat(oge.form()).isEqualTo(ExamForm.OGE);
    assertThat(oge.scaled()).isTrue();
    assertThat(oge.disagreeWithScale()).isZero();
    assertThat(oge.marks()).isEqualTo(Map.of("3", 1L));
  }
}
