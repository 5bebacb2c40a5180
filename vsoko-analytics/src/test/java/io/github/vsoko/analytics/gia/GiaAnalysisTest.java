package io.github.vsoko.analytics.gia;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GiaAnalysisTest {
  /**
   * The small school's 2024 ГИА (every period counted): ЕГЭ русский 80, 23, 50, 30, 20 — mean 40.6,
   * two below 24; профильная математика 70, 20, 25 — two below 27; базовая «4», «2» (no minimum);
   * ОГЭ русский 7 results with marks 5, 4, 3, 2, 3, 2, 2 and primary scores summing to 116. g1's annual
   * «4» in Russian against the exam «5»: raised.
   */
  @Test
  void theSmallSchoolByHand() {
    SchoolData data = SmallSchool.data().toBuilder().marks(List.of(new AttestationMark("g1", SchoolSubject.RUSSIAN,
        ReportingPeriod.academicYear(AcademicYear.starting(2023)), MarkValue.FOUR))).build();
    List<GiaSubjectResult> r = GiaAnalysis.analyse(data, 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE);
    assertThat(r).extracting(x -> x.form().name() + " " + x.subject().name() + " "
        + x.level().map(io.github.vsoko.model.school.ExamLevel::russianName).orElse("")).containsExactly(
        "EGE Математика базовый", "EGE Математика профильный", "EGE Русский язык ", "GVE Математика ", "GVE Русский язык ",
        "OGE Математика ", "OGE Русский язык ");
    GiaSubjectResult egeRu = r.get(2);
    assertThat(egeRu.participants()).isEqualTo(5);
    assertThat(egeRu.meanTestScore().getAsDouble()).isCloseTo(40.6, Offset.offset(1e-9));
    assertThat(egeRu.minimum()).hasValue(24);
    assertThat(egeRu.belowMinimum()).isEqualTo(2);
    assertThat(r.get(1).belowMinimum()).isEqualTo(2);
    assertThat(r.get(0).minimum()).isEmpty();
    assertThat(r.get(0).marks()).isEqualTo(Map.of("4", 1L, "2", 1L));
    GiaSubjectResult ogeRu = r.get(6);
    assertThat(ogeRu.marks()).isEqualTo(Map.of("5", 1L, "4", 1L, "3", 2L, "2", 3L));
    assertThat(ogeRu.meanPrimaryScore().getAsDouble()).isCloseTo(116 / 7.0, Offset.offset(1e-9));
    assertThat(ogeRu.raised()).isEqualTo(1);
    assertThat(ogeRu.noAnnualMark()).isEqualTo(6);
    // the admission purpose uses 36 for Russian in 2024
    assertThat(GiaAnalysis.analyse(data, 2024, GiaMinimums.bundled(), MinimumPurpose.ADMISSION).get(2).belowMinimum())
        .isEqualTo(3);
  }

  @Test
  void minimumsAreVersionedAndNeverGuessed() {
    GiaMinimums m = GiaMinimums.bundled();
    assertThat(m.minimum(2026, MinimumPurpose.ADMISSION, SchoolSubject.SOCIAL_STUDIES)).hasValue(42);
    assertThat(m.minimum(2026, MinimumPurpose.MINISTRY_UNIVERSITIES, SchoolSubject.INFORMATICS)).hasValue(46);
    assertThat(m.minimum(2024, MinimumPurpose.ADMISSION, SchoolSubject.SOCIAL_STUDIES)).isEmpty();
    assertThat(m.minimum(2014, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN)).isEmpty();
    assertThat(m.with(2024, MinimumPurpose.ADMISSION, SchoolSubject.SOCIAL_STUDIES, 42)
        .minimum(2024, MinimumPurpose.ADMISSION, SchoolSubject.SOCIAL_STUDIES)).hasValue(42);
  }

  /**
   * «Математика» is «Алгебра» + «Геометрия»: without an annual mark in «Математика» the exam is compared with their mean
   * rounded half up (4 and 3 → 4; 3 and 3 → 3); one component marked → that mark; the pupil's own «Математика» wins.
   */
  @Test
  void mathematicsIsComparedWithAlgebraAndGeometry() {
    AnnualMarkMapping standard = AnnualMarkMapping.standard();
    java.util.function.Function<Map<SchoolSubject, MarkValue>, java.util.Optional<MarkValue>> mark =
        marks -> standard.annualMark(SchoolSubject.MATHEMATICS, s -> java.util.Optional.ofNullable(marks.get(s)));
    assertThat(mark.apply(Map.of(SchoolSubject.ALGEBRA, MarkValue.FOUR, SchoolSubject.GEOMETRY, MarkValue.THREE))).contains(MarkValue.FOUR);
    assertThat(mark.apply(Map.of(SchoolSubject.ALGEBRA, MarkValue.THREE, SchoolSubject.GEOMETRY, MarkValue.THREE))).contains(MarkValue.THREE);
    assertThat(mark.apply(Map.of(SchoolSubject.ALGEBRA, MarkValue.FIVE, SchoolSubject.GEOMETRY, MarkValue.THREE))).contains(MarkValue.FOUR);
    assertThat(mark.apply(Map.of(SchoolSubject.GEOMETRY, MarkValue.FIVE))).contains(MarkValue.FIVE);
    assertThat(mark.apply(Map.of(SchoolSubject.MATHEMATICS, MarkValue.THREE, SchoolSubject.ALGEBRA, MarkValue.FIVE))).contains(MarkValue.THREE);
    assertThat(mark.apply(Map.of())).isEmpty();
    assertThat(AnnualMarkMapping.none().annualMark(SchoolSubject.MATHEMATICS, s -> java.util.Optional.of(MarkValue.FIVE)
        .filter(x -> s.equals(SchoolSubject.ALGEBRA)))).isEmpty();
    assertThat(AnnualMarkMapping.parse("Математика=Алгебра+Геометрия").describe()).isEqualTo("Математика = Алгебра + Геометрия");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnnualMarkMapping.parse("Математика=Алхимия"))
        .hasMessageContaining("«Алхимия» не из каталога предметов");
    // in the analysis: ОГЭ «4» in mathematics against algebra «5» and geometry «4» (mean 4,5 → 5): lowered
    SchoolData data = SmallSchool.data().toBuilder().marks(List.of(
        new AttestationMark("g1", SchoolSubject.ALGEBRA, ReportingPeriod.academicYear(AcademicYear.starting(2023)), MarkValue.FIVE),
        new AttestationMark("g1", SchoolSubject.GEOMETRY, ReportingPeriod.academicYear(AcademicYear.starting(2023)), MarkValue.FOUR)))
        .build();
    GiaSubjectResult ogeMath = GiaAnalysis.analyse(data, 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE).stream()
        .filter(r -> r.form() == io.github.vsoko.model.school.ExamForm.OGE && r.subject().equals(SchoolSubject.MATHEMATICS))
        .findFirst().orElseThrow();
    long compared = ogeMath.lowered() + ogeMath.confirmed() + ogeMath.raised();
    assertThat(compared).isEqualTo(1);
    GiaSubjectResult algebraOnly = GiaAnalysis.analyse(data, 2024, GiaMinimums.bundled(), MinimumPurpose.CERTIFICATE, ExamScales.none(),
        AnnualMarkMapping.parse("Математика=Алгебра")).stream()
        .filter(r -> r.form() == io.github.vsoko.model.school.ExamForm.OGE && r.subject().equals(SchoolSubject.MATHEMATICS))
        .findFirst().orElseThrow();
    assertThat(algebraOnly.lowered() + algebraOnly.confirmed() + algebraOnly.raised()).isEqualTo(1);
  }

  @Test
  void minimumTablesAreReadFromYamlWithLocatedErrors() {
    GiaMinimums m = GiaMinimums.load("min.yaml", new java.io.StringReader("""
        format: vsoko-gia-minimums/1
        minimums:
          - year: 2025
            purpose: ministry
            subjects: {Русский язык: 40, Информатика: 44}
        """));
    assertThat(m.minimum(2025, MinimumPurpose.MINISTRY_UNIVERSITIES, SchoolSubject.INFORMATICS)).hasValue(44);
    assertThat(GiaMinimums.bundled().overriddenBy(m).minimum(2025, MinimumPurpose.MINISTRY_UNIVERSITIES, SchoolSubject.RUSSIAN))
        .hasValue(40);
    assertThat(GiaMinimums.bundled().overriddenBy(m).minimum(2024, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN)).hasValue(24);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GiaMinimums.load("min.yaml", new java.io.StringReader(
            "format: vsoko-gia-minimums/1\nminimums:\n  - {year: 2025, purpose: admission, subjects: {Русский язык: 136}}\n")))
        .hasMessage("min.yaml, запись 1, «Русский язык»: минимум ЕГЭ лежит в 0…100, получено 136");
  }
}
