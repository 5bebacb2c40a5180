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

  private static final String ATTESTATION_AND_VPR = """
      set: acme.results
      version: "2025.1"
      title: Региональные показатели результатов
      source: {document: Приказ министерства образования области № 2, edition: "2025"}
      indicators:
        - code: "1"
          title: Средний балл годовых отметок по русскому языку
          unit: балл
          mean: {records: marks, where: {subject: Русский язык, period: ACADEMIC_YEAR}, of: mark}
        - code: "2"
          title: Средний балл годовых отметок по химии
          unit: балл
          mean: {records: marks, where: {subject: Химия}, of: mark}
        - code: "3"
          title: Численность/удельный вес участников ВПР, понизивших отметку по журналу
          unit: человек/%
          numerator: {records: vpr, where: {comparison: LOWERED}}
          denominator: {records: vpr, where: {comparison: [LOWERED, CONFIRMED, RAISED]}}
        - code: "4"
          title: Средний первичный балл ВПР
          unit: балл
          mean: {records: vpr, where: {absent: false}, of: primaryScore}
        - code: "5"
          title: Численность участников ВПР
          unit: человек
          count: {records: vpr, where: {absent: false}}
        - code: "6"
          title: Численность понизивших отметку
          unit: человек
          count: {records: vpr, where: {comparison: LOWERED}}
        - code: "7"
          title: Численность подтвердивших, повысивших и без отметки школы
          unit: человек
          count: {records: vpr, where: {comparison: [CONFIRMED, RAISED, NO_SCHOOL_MARK]}}
        - code: "8"
          title: Участников ВПР на одного понизившего
          unit: человек/человек
          numerator: {records: vpr, where: {absent: false}}
          denominator: {records: vpr, where: {comparison: LOWERED}}
      rules:
        - {check: sum-equals, total: "5", parts: ["6", "7"]}
        - {check: at-most, lesser: "5", greater: "6"}
      """;

  /**
   * Means, ratios, marks and ВПР records, and rules in YAML, by hand: annual Russian 5, 4, 3, 4 (s6's «н/а» does not
   * count) → 16 / 4; no chemistry marks → «нет данных»; ВПР: v1 3 vs journal 4 (lowered), v2 4 vs 4, v3 5 vs 4, v4 4 with
   * no journal mark, v5 absent → 1 of 3 compared lowered; primary scores 10, 12, 14, 11 → 47 / 4; 4 participants, 1
   * lowered + 3 others = 4 (sum holds), 4 > 1 (the at-most rule warns).
   */
  @Test
  void meansRatiosMarksVprAndRulesNeedNoJava() {
    IndicatorSet set = load(ATTESTATION_AND_VPR);
    java.util.function.Function<Object[], io.github.vsoko.model.school.VprResult> vpr = a -> new io.github.vsoko.model.school.VprResult(
        (String) a[0], "sch1", java.util.Optional.of(io.github.vsoko.model.school.ClassName.parse("5А")),
        io.github.vsoko.model.school.SchoolSubject.MATHEMATICS, io.github.vsoko.model.school.Grade.of(5), 2024,
        java.util.Optional.empty(), (Boolean) a[1], java.util.List.of(),
        a[2] == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of((Integer) a[2]),
        java.util.Optional.ofNullable((io.github.vsoko.model.school.MarkValue) a[3]),
        java.util.Optional.ofNullable((io.github.vsoko.model.school.MarkValue) a[4]));
    io.github.vsoko.model.school.MarkValue three = io.github.vsoko.model.school.MarkValue.THREE;
    io.github.vsoko.model.school.MarkValue four = io.github.vsoko.model.school.MarkValue.FOUR;
    io.github.vsoko.model.school.MarkValue five = io.github.vsoko.model.school.MarkValue.FIVE;
    var data = SmallSchool.data().toBuilder().vpr(java.util.List.of(
        vpr.apply(new Object[] {"v1", false, 10, three, four}), vpr.apply(new Object[] {"v2", false, 12, four, four}),
        vpr.apply(new Object[] {"v3", false, 14, five, four}), vpr.apply(new Object[] {"v4", false, 11, four, null}),
        vpr.apply(new Object[] {"v5", true, null, null, null}))).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(set, data, EvaluationOptions.defaults().withDrillDown());
    assertThat(r.value("1")).contains(new Mean(new java.math.BigDecimal(16), 4));
    assertThat(r.result("1").orElseThrow().contributors()).containsExactly("s2", "s3", "s4", "s5");
    assertThat(r.value("2")).containsInstanceOf(Missing.class);
    assertThat(r.value("3")).contains(new Share(1, 3));
    assertThat(r.value("4")).contains(new Mean(new java.math.BigDecimal(47), 4));
    assertThat(r.value("5")).contains(new Count(4));
    assertThat(r.value("8")).contains(Ratio.of(4, 1));
    assertThat(r.warnings()).extracting(ValidationWarning::message).containsExactly("5 = 4 больше, чем 6 = 1");
  }

  @Test
  void aBadMeanOrRuleIsLocated() {
    String bad = ATTESTATION_AND_VPR.replace("of: primaryScore", "of: subject").replace("lesser: \"5\"", "lesser: \"9\"")
        .replace("check: sum-equals", "check: sum-is");
    assertThatThrownBy(() -> load(bad)).isInstanceOf(ProblemException.class).satisfies(e -> assertThat(
        ((ProblemException) e).problems()).extracting(Problem::compact).containsExactly(
            "acme.yaml:22:54: «subject» — не числовое поле записей vpr; числовые: [grade, mark, journalMark, primaryScore]",
            "acme.yaml:41:13: неизвестная проверка «sum-is»; ожидается sum-equals, sum-at-most, at-least-sum или at-most",
            "acme.yaml:42:30: нет строки «9» в наборе"));
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
            unit: день
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
            "acme.yaml:11:11: единицу «день» нельзя объявить в YAML (только «человек», «единиц», «человек/%», «человек/человек» и «балл»); для неё напишите Calculator на Java",
            "acme.yaml:15:22: неизвестные записи «pupils»; ожидается одно из [students, staff, children, learners, contests, certificates, exams, destinations, literacy, surveys, marks, vpr]",
            "acme.yaml:19:51: «TEACHER» — не значение поля «category»; ожидается одно из [TEACHING, ADMINISTRATIVE, OTHER]",
            "acme.yaml:21:5: нет «title»",
            "acme.yaml:22:5: неизвестный ключ «colour» в показателе; ожидается один из [base, code, count, denominator, description, mean, numerator, title, unit]"));
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
