package io.github.vsoko.model.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolValuesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "5А|5|А", "10 б|10|Б", "7-В|7|В", "11 \"А\"|11|А", "5A|5|А", "9 класс|9|''", "1МТ|1|МТ", "11 «Б»|11|Б"})
  void readsClassNamesAsSchoolsWriteThem(String text, int grade, String letter) {
    ClassName name = ClassName.parse(text);
    assertThat(name.grade()).isEqualTo(Grade.of(grade));
    assertThat(name.letter()).isEqualTo(letter);
  }

  @Test
  void aDigitSuffixIsSetOffByAHyphenAndParsesBack() {
    ClassName c = new ClassName(Grade.of(4), "1");
    assertThat(c).hasToString("4-1");
    assertThat(ClassName.parse(c.toString())).isEqualTo(c);
  }

  @Test
  void gradesBelongToLevels() {
    assertThat(Grade.of(4).level()).isEqualTo(EducationLevel.PRIMARY);
    assertThat(Grade.of(5).level()).isEqualTo(EducationLevel.BASIC);
    assertThat(Grade.of(9).level()).isEqualTo(EducationLevel.BASIC);
    assertThat(Grade.of(10).level()).isEqualTo(EducationLevel.SECONDARY);
    assertThat(Grade.of(12).level()).isEqualTo(EducationLevel.SECONDARY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "5|FIVE", "2|TWO", "н/а|NOT_ATTESTED", "Н/А|NOT_ATTESTED", "осв.|EXEMPT", "зачёт|PASS", "зач|PASS", "незачет|FAIL", "4.0|FOUR"})
  void readsMarks(String text, MarkValue expected) {
    assertThat(MarkValue.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"нет отметки", "''", "6", "1", "отлично", "0"})
  void anythingElseIsMissingNotZero(String text) {
    assertThat(MarkValue.parse(text)).isEmpty();
  }

  @Test
  void subjectsAreRecognisedUnderFisOkoAndEgeNames() {
    assertThat(SchoolSubject.of("Математика (профильная)")).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(SchoolSubject.of("математика")).isEqualTo(SchoolSubject.MATHEMATICS);
    assertThat(SchoolSubject.of("Информатика и ИКТ")).isEqualTo(SchoolSubject.INFORMATICS);
    assertThat(SchoolSubject.of("Иностранный язык (английский)")).isEqualTo(SchoolSubject.ENGLISH);
    SchoolSubject custom = SchoolSubject.of("Основы финансовой грамотности");
    assertThat(custom.name()).isEqualTo("Основы финансовой грамотности");
    assertThat(custom.code()).isEqualTo("custom:основы финансовой грамотности");
    assertThat(SchoolSubject.known("ОБЗР")).contains(SchoolSubject.SAFETY);
    assertThat(SchoolSubject.known("Английский язык (устная часть)")).contains(SchoolSubject.ENGLISH);
    assertThat(SchoolSubject.known("Риторика")).isEmpty();
  }

  @Test
  void experienceGrowsFromTheDateItWasRecorded() {
    Experience e = new Experience(4, 6, LocalDate.of(2024, 1, 1));
    assertThat(e.yearsOn(LocalDate.of(2024, 6, 30))).isEqualTo(4);
    assertThat(e.yearsOn(LocalDate.of(2024, 7, 1))).isEqualTo(5);
    assertThat(e.yearsOn(LocalDate.of(2010, 1, 1))).isZero();
  }

  @Test
  void studentsAndStaffKnowWhetherTheyArePresentOnADate() {
    Student s = Student.of("s1", ClassName.parse("5А"), LocalDate.of(2024, 9, 1)).leaving(LocalDate.of(2025, 3, 1));
    assertThat(s.isEnrolledOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(s.isEnrolledOn(LocalDate.of(2025, 3, 1))).isFalse();
    StaffMember t = StaffMember.builder("t1", "учитель", LocalDate.of(1980, 5, 10), LocalDate.of(2005, 9, 1))
        .leftOn(LocalDate.of(2024, 12, 31)).build();
    assertThat(t.isEmployedOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(t.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(44);
  }
}
