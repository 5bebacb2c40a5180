package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DeclarativeIndicatorsTest {
  private static IndicatorSet load(String yaml) {
    return DeclarativeIndicators.load("acme.yaml", new StringReader(yaml));
  }

  private static final String VALID = """
      set: acme.region
      version: "2025.1"
      title: Региональные показатели
      source:
        document: Приказ министерства образования области № 1
        edition: "2025"
      indicators:
        - code: "1"
          title: Контингент
        - code: "1.1"
          title: Численность/удельный вес учащихся с углублённым изучением в 9-х классах
          unit: человек/%
          numerator: {records: students, where: {grade: 9, flags: ADVANCED_STUDY}}
          denominator: {records: students, where: {grade: 9}}
        - code: "1.2"
          title: Численность педагогов высшей категории в возрасте до 30 лет
          unit: человек
          count:
            records: staff
            where:
              category: TEACHING
              qualificationCategory: [HIGHEST, FIRST]
              age: {lt: 30}
        - code: "1.3"
          title: Число результатов ОГЭ по русскому языку на «2»
          unit: единиц
          count: {records: exams, where: {form: OGE, subject: Русский язык, mark: 2}}
      """;

  @Test
  void loadsAndEvaluatesLikeAnyOtherSet() {
    IndicatorSet set = load(VALID);
    assertThat(set.id()).isEqualTo("acme.region");
    assertThat(set.definitions()).extracting(IndicatorDefinition::code).containsExactly("1", "1.1", "1.2", "1.3");
    EvaluationResult r = IndicatorEvaluator.evaluate(set, SmallSchool.data());
    // students of grade 9 on 31.12.2024: s7 (advanced study) and s8
    assertThat(r.value("1.1")).contains(new Share(1, 2));
    // t1 (высшая, 29 years), t2 (первая, exactly 30) → 1
    assertThat(r.value("1.2")).contains(new Count(1));
    // g4 main period and g5 twice
    assertThat(r.value("1.3")).contains(new Count(3));
    assertThat(r.result("1.1").orElseThrow().explanation()).isEqualTo("1.1 = 1 из 2 учащихся = 50 %");
    assertThat(IndicatorRegistry.builder().discover().set(set).build().set("acme.region")).isPresent();
  }

  @Test
  void surveyAnswersCountAsTheRespondentsWhoChoseTheOptionsAsDocsSurveysMdSays() throws java.io.IOException {
    IndicatorSet set = DeclarativeIndicators.load("surveys.md",
        new StringReader(io.github.vsoko.model.fixtures.DocExamples.block("surveys.md", "survey-yaml", "yaml")));
    java.time.LocalDate day = java.time.LocalDate.of(2024, 11, 20);
    java.util.function.BiFunction<String, Integer, io.github.vsoko.model.school.SurveyAnswer> answer = (option, n) ->
        new io.github.vsoko.model.school.SurveyAnswer("Анкета", io.github.vsoko.model.school.RespondentGroup.PARENTS, day,
            "Качество обучения", option, n, option.equals("да") ? io.github.vsoko.model.school.AnswerRating.POSITIVE
                : io.github.vsoko.model.school.AnswerRating.NEGATIVE);
    var data = SmallSchool.data().toBuilder().surveys(java.util.List.of(answer.apply("да", 30), answer.apply("нет", 10)))
        .build();
    EvaluationResult r = IndicatorEvaluator.evaluate(set, data);
    assertThat(r.value("1")).contains(new Share(30, 40));
    assertThat(r.value("2")).contains(new Count(40));
    assertThat(r.result("1").orElseThrow().explanation()).isEqualTo("1 = 30 из 40 ответов = 75 %");
  }

  @Test
  void everyProblemIsReportedWithItsLineAndColumn() {
    String yaml = """
        set: order1324.mine
        title: Плохой набор
        source: {document: x}
        indicators:
          - code: "1.1"
            title: a
            unit: человек
            count: {records: students, where: {flag: ADVANCED_STUDY}}
          - code: "2"
            title: b
            unit: балл
          - code: "3"
            title: c
            unit: человек
            count: {records: pupils}
          - code: "4"
            title: d
            unit: человек/%
            numerator: {records: staff, where: {category: TEACHER}}
            denominator: {records: staff}
          - code: "5"
            colour: red
        """;
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problems()).extracting(Problem::compact).containsExactly(
            "acme.yaml:1:6: идентификаторы наборов «order1324.…» и «vsoko.…» зарезервированы за встроенными наборами, получено «order1324.mine»",
            "acme.yaml:8:40: неизвестное поле «flag» записей students; известны: [grade, level, class, flags]",
            "acme.yaml:11:11: единицу «балл» нельзя объявить в YAML (только «человек», «единиц» и «человек/%»); для неё напишите Calculator на Java",
            "acme.yaml:15:22: неизвестные записи «pupils»; ожидается одно из [students, staff, children, learners, contests, certificates, exams, destinations, literacy, surveys]",
            "acme.yaml:19:51: «TEACHER» — не значение поля «category»; ожидается одно из [TEACHING, ADMINISTRATIVE, OTHER]",
            "acme.yaml:21:5: нет «title»",
            "acme.yaml:22:5: неизвестный ключ «colour» в показателе; ожидается один из [base, code, count, denominator, description, numerator, title, unit]"));
  }

  @Test
  void structuralAndSyntaxErrorsAreLocatedToo() {
    assertThatThrownBy(() -> load("set: acme.x\ntitle: t\nsource: {document: d}\nindicators:\n  - code: \"1.1\"\n    title: t\n"))
        .hasMessageContaining("acme.yaml, строка 5, позиция 5: строка «1», к которой относится «1.1», должна идти раньше");
    assertThatThrownBy(() -> load("set: [unclosed\n"))
        .hasMessageStartingWith("acme.yaml, строка 2, позиция 1: не YAML и не JSON");
    assertThatThrownBy(() -> load("{\"set\": \"acme.json\", \"title\": \"t\", \"source\": {\"document\": \"d\"}, \"indicators\": "
            + "[{\"code\": \"1\", \"title\": \"t\", \"unit\": \"человек\"}]}"))
        .hasMessageContaining("нет «count»");
  }
}
