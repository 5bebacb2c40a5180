package io.github.vsoko.analytics.gia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** ОГЭ/ГВЭ mark scales with conditions on parts of the work. */
class ExamScaleTest {
  private static final ExamScale MATH = new ExamScale(8, 15, 22, OptionalInt.of(31),
      List.of(new PartCondition("геометрия", 2, MarkValue.THREE)));

  @Test
  void geometryPointsDecideTheMarkOfOgeMathematics() {
    assertThat(MATH.mark(7, Map.of("геометрия", 7))).isEqualTo(MarkValue.TWO);
    assertThat(MATH.mark(8, Map.of("геометрия", 2))).isEqualTo(MarkValue.THREE);
    assertThat(MATH.mark(14, Map.of("Геометрия", 1))).as("14 points, 1 for geometry").isEqualTo(MarkValue.TWO);
    assertThat(MATH.mark(25, Map.of("геометрия", 1))).as("«4» and «5» need the geometry points too").isEqualTo(MarkValue.TWO);
    assertThat(MATH.mark(25, Map.of("геометрия", 6))).isEqualTo(MarkValue.FIVE);
    assertThat(MATH.markByTotal(25)).isEqualTo(MarkValue.FIVE);
    assertThatThrownBy(() -> MATH.mark(12, Map.of())).hasMessageContaining("геометрия");
    assertThatThrownBy(() -> MATH.mark(32, Map.of("геометрия", 2))).hasMessageContaining("outside");
  }

  @Test
  void aConditionFromFourLowersToThreeAndThenTheConditionOfThreeApplies() {
    ExamScale s = new ExamScale(15, 23, 29, OptionalInt.of(37), List.of(
        new PartCondition("грамотность", 4, MarkValue.FOUR), new PartCondition("сочинение", 1, MarkValue.THREE)));
    assertThat(s.mark(30, Map.of("грамотность", 6, "сочинение", 2))).isEqualTo(MarkValue.FIVE);
    assertThat(s.mark(30, Map.of("грамотность", 3, "сочинение", 2))).isEqualTo(MarkValue.THREE);
    assertThat(s.mark(30, Map.of("грамотность", 3, "сочинение", 0))).isEqualTo(MarkValue.TWO);
  }

  @Property
  void theMarkIsMonotoneInTheTotalAndInThePart(@ForAll @IntRange(min = 0, max = 30) int total,
      @ForAll @IntRange(min = 0, max = 10) int geometry) {
    int g = Math.min(geometry, total);
    int mark = MATH.mark(total, Map.of("геометрия", g)).points().getAsInt();
    assertThat(MATH.mark(total + 1, Map.of("геометрия", g)).points().getAsInt()).isGreaterThanOrEqualTo(mark);
    assertThat(MATH.mark(total + 1, Map.of("геометрия", g + 1)).points().getAsInt()).isGreaterThanOrEqualTo(mark);
    assertThat(mark).isLessThanOrEqualTo(MATH.markByTotal(total).points().getAsInt());
  }

  @Test
  void bundledAndLoadedScales() {
    ExamScales bundled = ExamScales.bundled();
    assertThat(bundled.scale(2024, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.MATHEMATICS)).contains(MATH);
    assertThat(bundled.scale(2019, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.MATHEMATICS)).as("never guessed").isEmpty();
    ExamScales loaded = ExamScales.load("scales.yaml", new StringReader("""
        format: vsoko-exam-scales/1
        scales:
          - {year: 2024, form: ОГЭ, subject: Русский язык, min3: 15, min4: 23, min5: 29, max: 37,
             conditions: [{part: грамотность, min: 4, from: 4}, {part: грамотность, min: 6, from: 5}]}
          - {year: 2024, form: ГВЭ-11, subject: Математика, min3: 3, min4: 5, min5: 7}
        """));
    assertThat(loaded.size()).isEqualTo(2);
    ExamScale ru = loaded.scale(2024, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.RUSSIAN).orElseThrow();
    assertThat(ru.mark(30, Map.of("грамотность", 5))).isEqualTo(MarkValue.FOUR);
    assertThat(loaded.scale(2024, StateExam.GIA_11, ExamForm.GVE, SchoolSubject.MATHEMATICS)).isPresent();
    assertThat(loaded.scale(2024, StateExam.GIA_9, ExamForm.GVE, SchoolSubject.MATHEMATICS)).isEmpty();
    assertThat(bundled.with(loaded).size()).isEqualTo(bundled.size() + 2);
  }

  @Test
  void badScalesAreNamed() {
    assertThatThrownBy(() -> ExamScales.load("s.yaml", new StringReader("scales: []")))
        .hasMessageContaining("s.yaml").hasMessageContaining("vsoko-exam-scales/1");
    assertThatThrownBy(() -> ExamScales.load("s.yaml", new StringReader("""
        format: vsoko-exam-scales/1
        scales:
          - {year: 2024, form: ОГЭ, subject: Математика, min3: 8, min4: 15, max: 31}
        """))).hasMessage("s.yaml, шкала 1: нет поля «min5»");
    assertThatThrownBy(() -> ExamScales.load("s.yaml", new StringReader("""
        format: vsoko-exam-scales/1
        scales:
          - {year: 2024, form: ЕГЭ, subject: Математика, min3: 8, min4: 15, min5: 22}
        """))).hasMessageContaining("s.yaml, шкала 1").hasMessageContaining("ГВЭ-9");
    assertThatThrownBy(() -> ExamScales.load("s.yaml", new StringReader("""
        format: vsoko-exam-scales/1
        scales:
          - {year: 2024, form: ОГЭ, subject: Математика, min3: 8, min4: 15, min5: 22, conditions: [{part: геометрия, min: x}]}
        """))).hasMessageContaining("s.yaml, шкала 1, условие 1").hasMessageContaining("«min»");
  }

  /**
   * Five ОГЭ mathematics results of 2024: 20 points with 5 for geometry and no mark → «4» by the scale; 12 points with
   * 1 for geometry and no mark → «2» (failed on the condition); 9 points and the given mark «3» while geometry is 0 →
   * the given mark stays but disagrees; 25 points with no parts and no mark → cannot be scaled; 5 points with mark «2».
   */
  @Test
  void giaAnalysisAppliesTheScale() {
    Organization org = SmallSchool.data().organization();
    SchoolData data = SchoolData.builder(org, ReportingPeriod.calendarYear(2024))
        .students(java.util.stream.Stream.of("a", "b", "c", "d", "e").map(id -> io.github.vsoko.model.school.Student.of(id,
            io.github.vsoko.model.school.ClassName.parse("9А"), java.time.LocalDate.of(2019, 9, 1))).toList())
        .exams(List.of(
        oge("a", 20, null).withPartScores(Map.of("геометрия", 5)),
        oge("b", 12, null).withPartScores(Map.of("геометрия", 1)),
        oge("c", 9, 3).withPartScores(Map.of("геометрия", 0)),
        oge("d", 25, null),
        oge("e", 5, 2))).build();
    GiaSubjectResult r = GiaAnalysis.analyse(data, 2024, GiaMinimums.none(), MinimumPurpose.CERTIFICATE, ExamScales.bundled())
        .get(0);
    assertThat(r.scaled()).isTrue();
    assertThat(r.markedByScale()).isEqualTo(2);
    assertThat(r.disagreeWithScale()).isEqualTo(1);
    assertThat(r.failedOnPartCondition()).isEqualTo(2);
    assertThat(r.unscaled()).isEqualTo(1);
    assertThat(r.marks()).isEqualTo(Map.of("4", 1L, "3", 1L, "2", 2L));
    GiaSubjectResult plain = GiaAnalysis.analyse(data, 2024, GiaMinimums.none(), MinimumPurpose.CERTIFICATE).get(0);
    assertThat(plain.scaled()).isFalse();
    assertThat(plain.marks()).isEqualTo(Map.of("3", 1L, "2", 1L));
  }

  private static ExamResult oge(String id, int score, Integer mark) {
    return new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.MATHEMATICS, java.util.Optional.empty(),
        OptionalInt.of(score), OptionalInt.empty(), java.util.Optional.ofNullable(mark).map(MarkValue::of), 2024,
        io.github.vsoko.model.school.ExamPeriod.MAIN);
  }
}
