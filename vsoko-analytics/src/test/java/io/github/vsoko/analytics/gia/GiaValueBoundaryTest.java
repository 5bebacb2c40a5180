package io.github.vsoko.analytics.gia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Exam scales and minimum tables at the edges of what they accept. */
class GiaValueBoundaryTest {
  private static ExamScale scale(int min3, int min4, int min5, Integer max, PartCondition... conditions) {
    return new ExamScale(min3, min4, min5, max == null ? OptionalInt.empty() : OptionalInt.of(max), List.of(conditions));
  }

  @Test
  void aScaleStartsAtOneRisesStrictlyAndItsConditionsFitTheMaximum() {
    assertThat(scale(1, 2, 3, 3).markByTotal(3)).isEqualTo(MarkValue.FIVE); // the maximum exactly at «5»
    assertThatThrownBy(() -> scale(0, 2, 3, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scale(2, 2, 3, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scale(1, 3, 3, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scale(1, 2, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    PartCondition atMax = new PartCondition("часть 2", 10, MarkValue.FOUR);
    assertThat(scale(5, 8, 9, 10, atMax).needsParts()).isTrue(); // a condition may ask the whole maximum
    assertThat(scale(5, 8, 9, 10).needsParts()).isFalse();
    assertThatThrownBy(() -> scale(5, 8, 9, 10, new PartCondition("часть 2", 11, MarkValue.FOUR)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("«часть 2»");
    assertThat(scale(5, 8, 9, null, new PartCondition("часть 2", 11, MarkValue.FOUR)).needsParts()).isTrue(); // no maximum: any
  }

  @Test
  void theMarkOfATotalAtEachThreshold() {
    ExamScale s = scale(5, 8, 9, 10);
    assertThat(List.of(0, 4, 5, 7, 8, 9, 10)).extracting(s::markByTotal).containsExactly(MarkValue.TWO, MarkValue.TWO,
        MarkValue.THREE, MarkValue.THREE, MarkValue.FOUR, MarkValue.FIVE, MarkValue.FIVE);
    assertThatThrownBy(() -> s.markByTotal(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.markByTotal(11)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0…10");
    assertThat(scale(5, 8, 9, null).markByTotal(1000)).isEqualTo(MarkValue.FIVE);
    assertThatThrownBy(() -> scale(5, 8, 9, null).markByTotal(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0…∞");
  }

  @Test
  void aMinimumLiesWithinZeroAndAHundred() {
    GiaMinimums none = GiaMinimums.none();
    assertThat(none.with(2025, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN, 0)
        .minimum(2025, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN)).hasValue(0);
    assertThat(none.with(2025, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN, 100)
        .minimum(2025, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN)).hasValue(100);
    assertThatThrownBy(() -> none.with(2025, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> none.with(2025, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static GiaMinimums load(String entry) {
    return GiaMinimums.load("min.yaml", new StringReader("format: vsoko-gia-minimums/1\nminimums:\n  - " + entry + "\n"));
  }

  @Test
  void loadedMinimumsAtTheEdgesOfYearsAndScores() {
    assertThat(load("{year: 2001, purpose: certificate, subjects: {Русский язык: 0}}")
        .minimum(2001, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN)).hasValue(0);
    assertThat(load("{year: 2100, purpose: admission, subjects: {Русский язык: 100}}")
        .minimum(2100, MinimumPurpose.ADMISSION, SchoolSubject.RUSSIAN)).hasValue(100);
    assertThatThrownBy(() -> load("{year: 2000, purpose: certificate, subjects: {Русский язык: 24}}"))
        .hasMessage("min.yaml, запись 1: поле «year»: ожидается год ЕГЭ, получено 2000");
    assertThatThrownBy(() -> load("{year: 2101, purpose: certificate, subjects: {Русский язык: 24}}"))
        .hasMessage("min.yaml, запись 1: поле «year»: ожидается год ЕГЭ, получено 2101");
    assertThatThrownBy(() -> load("{year: 2025, purpose: certificate, subjects: {Русский язык: -1}}"))
        .hasMessage("min.yaml, запись 1, «Русский язык»: минимум ЕГЭ лежит в 0…100, получено -1");
    assertThatThrownBy(() -> load("{purpose: certificate, subjects: {Русский язык: 24}}"))
        .hasMessage("min.yaml, запись 1: нет поля «year»");
  }

  /** The bundled table covers 2026 for the certificate too (the last year of the loop). */
  @Test
  void theBundledTableReachesItsLastYear() {
    GiaMinimums bundled = GiaMinimums.bundled();
    assertThat(bundled.minimum(2026, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN)).hasValue(24);
    assertThat(bundled.minimum(2026, MinimumPurpose.CERTIFICATE, SchoolSubject.MATHEMATICS)).hasValue(27);
    assertThat(bundled.minimum(2026, MinimumPurpose.ADMISSION, SchoolSubject.RUSSIAN)).hasValue(36);
    assertThat(bundled.minimum(2026, MinimumPurpose.MINISTRY_UNIVERSITIES, SchoolSubject.INFORMATICS)).hasValue(46);
    assertThat(bundled.minimum(2027, MinimumPurpose.CERTIFICATE, SchoolSubject.RUSSIAN)).isEmpty();
    assertThat(MinimumPurpose.ADMISSION.russianName()).isEqualTo("поступление в вуз (Рособрнадзор)");
  }

  private static ExamScales scales(String entry) {
    return ExamScales.load("scales.yaml", new StringReader("format: vsoko-exam-scales/1\nscales:\n  - " + entry + "\n"));
  }

  /** Each missing field of a scale is named with the scale's number and the condition's. */
  @Test
  void aScaleWithoutAFieldIsNamed() {
    assertThatThrownBy(() -> scales("{form: ОГЭ, subject: Математика, min3: 8, min4: 15, min5: 22}"))
        .hasMessageContaining("scales.yaml, шкала 1").hasMessageContaining("«year»");
    assertThatThrownBy(() -> scales("{year: 2024, form: ОГЭ, subject: Математика, min4: 15, min5: 22}"))
        .hasMessageContaining("scales.yaml, шкала 1").hasMessageContaining("«min3»");
    assertThatThrownBy(() -> scales("{year: 2024, form: ОГЭ, subject: Математика, min3: 8, min5: 22}"))
        .hasMessageContaining("«min4»");
    assertThatThrownBy(() -> scales("{year: 2024, form: ОГЭ, subject: Математика, min3: 8, min4: 15}"))
        .hasMessageContaining("«min5»");
    assertThatThrownBy(() -> scales("{year: 2024, form: ОГЭ, subject: Математика, min3: 8, min4: 15, min5: 22, "
        + "conditions: [{part: геометрия}]}")).hasMessageContaining("условие 1").hasMessageContaining("«min»");
    ExamScale fromThree = scales("{year: 2024, form: ОГЭ, subject: Математика, min3: 8, min4: 15, min5: 22, "
        + "conditions: [{part: геометрия, min: 2}]}").scale(2024, io.github.vsoko.model.school.StateExam.GIA_9,
        io.github.vsoko.model.school.ExamForm.OGE, SchoolSubject.MATHEMATICS).orElseThrow();
    assertThat(fromThree.conditions()).singleElement().extracting(PartCondition::fromMark).isEqualTo(MarkValue.THREE);
    assertThat(fromThree.mark(10, Map.of("геометрия", 1))).isEqualTo(MarkValue.TWO);
  }
}
