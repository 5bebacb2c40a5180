package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.Mean;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.EducationLevel;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * ГИА of 2024 with every form and every kind of incomplete result, by who is counted (issue 20).
 *
 * <p>Grade 9, all five graduated (certificates): g1 ОГЭ Russian 30 points, «5»; g2 ГВЭ-9 Russian «3»; g3 ОГЭ Russian «2»
 * without a score; g4 ГВЭ-9 Russian with a score (5) and no mark; g5 no ГИА-9 at all. Grade 11, all seven graduated:
 * Russian h1 ЕГЭ 24 (the minimum exactly), h2 ЕГЭ 23, h3 ГВЭ-11 «2», h4 ЕГЭ with a primary score only; mathematics h1
 * profile 27 (the minimum exactly), h2 base «4», h3 ГВЭ-11 «2», h6 base «3» (the lowest pass), h7 profile 26 and base
 * «2»; h5 no ГИА-11 at all.
 */
class GiaFormsAndBasesTest {
  private static final Organization ORG = Organization.of("g", "Школа", "Школа", OrganizationKind.GENERAL);

  private static ExamResult exam(String id, StateExam exam, ExamForm form, SchoolSubject subject, Optional<ExamLevel> level,
      Integer primary, Integer test, MarkValue mark) {
    return new ExamResult(id, exam, form, subject, level, primary == null ? OptionalInt.empty() : OptionalInt.of(primary),
        test == null ? OptionalInt.empty() : OptionalInt.of(test), Optional.ofNullable(mark), 2024, ExamPeriod.MAIN);
  }

  static SchoolData school() {
    List<Student> students = new ArrayList<>();
    List<Certificate> certificates = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      students.add(Student.of("g" + i, ClassName.parse("9А"), LocalDate.of(2015, 9, 1)).leaving(LocalDate.of(2024, 6, 30)));
      certificates.add(new Certificate("g" + i, EducationLevel.BASIC, 2024, CertificateStatus.ISSUED));
    }
    for (int i = 1; i <= 7; i++) {
      students.add(Student.of("h" + i, ClassName.parse("11А"), LocalDate.of(2013, 9, 1)).leaving(LocalDate.of(2024, 6, 30)));
      certificates.add(new Certificate("h" + i, EducationLevel.SECONDARY, 2024, CertificateStatus.ISSUED));
    }
    StateExam nine = StateExam.GIA_9;
    StateExam eleven = StateExam.GIA_11;
    SchoolSubject ru = SchoolSubject.RUSSIAN;
    SchoolSubject math = SchoolSubject.MATHEMATICS;
    Optional<ExamLevel> none = Optional.empty();
    List<ExamResult> exams = List.of(
        exam("g1", nine, ExamForm.OGE, ru, none, 30, null, MarkValue.FIVE),
        exam("g2", nine, ExamForm.GVE, ru, none, null, null, MarkValue.THREE),
        exam("g3", nine, ExamForm.OGE, ru, none, null, null, MarkValue.TWO),
        exam("g4", nine, ExamForm.GVE, ru, none, 5, null, null),
        exam("h1", eleven, ExamForm.EGE, ru, none, 20, 24, null),
        exam("h2", eleven, ExamForm.EGE, ru, none, 19, 23, null),
        exam("h3", eleven, ExamForm.GVE, ru, none, null, null, MarkValue.TWO),
        exam("h4", eleven, ExamForm.EGE, ru, none, 30, null, null),
        exam("h1", eleven, ExamForm.EGE, math, Optional.of(ExamLevel.PROFILE), 8, 27, null),
        exam("h2", eleven, ExamForm.EGE, math, Optional.of(ExamLevel.BASE), null, null, MarkValue.FOUR),
        exam("h3", eleven, ExamForm.GVE, math, none, null, null, MarkValue.TWO),
        exam("h6", eleven, ExamForm.EGE, math, Optional.of(ExamLevel.BASE), null, null, MarkValue.THREE),
        exam("h7", eleven, ExamForm.EGE, math, Optional.of(ExamLevel.PROFILE), 7, 26, null),
        exam("h7", eleven, ExamForm.EGE, math, Optional.of(ExamLevel.BASE), null, null, MarkValue.TWO));
    return SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024)).students(students).certificates(certificates)
        .exams(exams).build();
  }

  private static EvaluationResult evaluate(Policies policies) {
    return IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), school(),
        EvaluationOptions.defaults().withDrillDown().withPolicies(policies));
  }

  private static IndicatorResult result(EvaluationResult r, String code) {
    return r.result(code).orElseThrow();
  }

  /** 1.6 by marks: every ГИА-9 mark, ОГЭ and ГВЭ (5, 3, 2); by primary score: ОГЭ scores only (g1's 30, not g4's ГВЭ 5). */
  @Test
  void theGia9MeanByMarkOrByOgePrimaryScore() {
    IndicatorResult byMark = result(evaluate(Policies.defaults()), "1.6");
    assertThat(byMark.value()).isEqualTo(new Mean(new BigDecimal("10"), 3));
    assertThat(byMark.contributors()).containsExactly("g1", "g2", "g3");
    assertThat(byMark.explanation()).contains("отметок");
    IndicatorResult byScore = result(evaluate(Policies.defaults().with(Order1324Policies.OGE_MEAN_SCALE, OgeMeanScale.PRIMARY_SCORE)),
        "1.6");
    assertThat(byScore.value()).isEqualTo(new Mean(new BigDecimal("30"), 1));
    assertThat(byScore.contributors()).containsExactly("g1");
    assertThat(byScore.explanation()).contains("первичных баллов");
  }

  /**
   * 1.10 (Russian «2» at ГИА-9): g3, of the five graduates — or of the four who sat ГИА-9 when the base is the
   * participants; the words of the base say which.
   */
  @Test
  void theGia9FailureShareOverGraduatesOrParticipants() {
    IndicatorResult graduates = result(evaluate(Policies.defaults()), "1.10");
    assertThat(graduates.value()).isEqualTo(new Share(1, 5));
    assertThat(graduates.contributors()).containsExactly("g3");
    assertThat(graduates.explanation()).contains("выпускников 9 класса");
    IndicatorResult participants = result(evaluate(Policies.defaults().with(Order1324Policies.GRADUATE_BASE,
        GraduateBase.PARTICIPANTS)), "1.10");
    assertThat(participants.value()).isEqualTo(new Share(1, 4));
    assertThat(participants.contributors()).containsExactly("g3");
    assertThat(participants.explanation()).contains("участников ГИА-9");
  }

  /**
   * 1.8 and 1.12: ЕГЭ test scores only — h1 (24) and h2 (23); the ГВЭ «2» and the primary-score-only result count in
   * neither. Below the minimum of 24: h2 alone, of seven graduates or of the four who sat ГИА-11 in Russian … and
   * mathematics (h1, h2, h3, h4, h6, h7: six participants).
   */
  @Test
  void egeRussianByTestScoresOnly() {
    EvaluationResult r = evaluate(Policies.defaults());
    assertThat(result(r, "1.8").value()).isEqualTo(new Mean(new BigDecimal("47"), 2));
    assertThat(result(r, "1.8").contributors()).containsExactly("h1", "h2");
    assertThat(result(r, "1.12").value()).isEqualTo(new Share(1, 7));
    assertThat(result(r, "1.12").contributors()).containsExactly("h2");
    assertThat(result(r, "1.12").explanation()).contains("выпускников 11 класса").contains("минимум 24");
    EvaluationResult participants = evaluate(Policies.defaults().with(Order1324Policies.GRADUATE_BASE, GraduateBase.PARTICIPANTS));
    assertThat(result(participants, "1.12").value()).isEqualTo(new Share(1, 6));
    assertThat(result(participants, "1.12").explanation()).contains("участников ГИА-11");
  }

  /**
   * 1.9 by the profile level: h1's 27 and h7's 26; by the base level: h2's «4», h6's «3», h7's «2». 1.13 (no level
   * passed, the default): h7 alone — h1 has exactly the minimum, h6 exactly «3», the ГВЭ «2» of h3 is not ЕГЭ.
   */
  @Test
  void egeMathematicsByLevelAndAtBothMinimums() {
    EvaluationResult r = evaluate(Policies.defaults());
    assertThat(result(r, "1.9").value()).isEqualTo(new Mean(new BigDecimal("53"), 2));
    assertThat(result(r, "1.9").contributors()).containsExactly("h1", "h7");
    assertThat(result(r, "1.9").explanation()).contains("тестовых баллов");
    IndicatorResult base = result(evaluate(Policies.defaults().with(Order1324Policies.EGE_MATH_MEAN, EgeMathMean.BASE)), "1.9");
    assertThat(base.value()).isEqualTo(new Mean(new BigDecimal("9"), 3));
    assertThat(base.contributors()).containsExactly("h2", "h6", "h7");
    assertThat(base.explanation()).contains("отметок");
    assertThat(result(r, "1.13").contributors()).containsExactly("h7");
    assertThat(result(r, "1.13").value()).isEqualTo(new Share(1, 7));
    assertThat(result(evaluate(Policies.defaults().with(Order1324Policies.EGE_MATH_FAILURE, EgeMathFailure.PROFILE)), "1.13")
        .contributors()).containsExactly("h7");
    assertThat(result(evaluate(Policies.defaults().with(Order1324Policies.EGE_MATH_FAILURE, EgeMathFailure.BASE)), "1.13")
        .contributors()).containsExactly("h7");
  }

  /** The tables of minimums begin in 2015: a year before has none. */
  @Test
  void minimumsFromTheirFirstYear() {
    assertThat(EgeMinimums.russian(EgeMinimums.FIRST_YEAR, EgeMinimumPurpose.CERTIFICATE)).hasValue(24);
    assertThat(EgeMinimums.russian(EgeMinimums.FIRST_YEAR - 1, EgeMinimumPurpose.CERTIFICATE)).isEmpty();
    assertThat(EgeMinimums.profileMathematics(EgeMinimums.FIRST_YEAR)).hasValue(27);
    assertThat(EgeMinimums.profileMathematics(EgeMinimums.FIRST_YEAR - 1)).isEmpty();
  }

  /**
   * Retakes under the default reading (the latest period counts): two ЕГЭ results of one period give the better (h1: 24
   * and, listed after it, 30 → 30, then 22 → still 30); a reserve-day result replaces the main one even when worse (h2:
   * 23, then 20 on the reserve day → 20).
   */
  @Test
  void twoResultsOfOnePeriodGiveTheBetterAndALaterPeriodReplaces() {
    SchoolData retakes = school().toBuilder().exams(List.of(
        exam("h1", StateExam.GIA_11, ExamForm.EGE, SchoolSubject.RUSSIAN, Optional.empty(), 25, 30, null),
        exam("h1", StateExam.GIA_11, ExamForm.EGE, SchoolSubject.RUSSIAN, Optional.empty(), 18, 22, null),
        new ExamResult("h2", StateExam.GIA_11, ExamForm.EGE, SchoolSubject.RUSSIAN, Optional.empty(), OptionalInt.of(15),
            OptionalInt.of(20), Optional.empty(), 2024, ExamPeriod.RESERVE))).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), retakes,
        EvaluationOptions.defaults().withDrillDown());
    assertThat(r.result("1.8").orElseThrow().value()).isEqualTo(new Mean(new BigDecimal("50"), 2)); // 30 + 20
  }
}
