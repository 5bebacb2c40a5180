package io.github.vsoko.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.AnswerRating;
import io.github.vsoko.model.school.RespondentGroup;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SurveyAnalysisTest {
  private static final LocalDate MARCH = LocalDate.of(2024, 3, 15);
  private static final LocalDate NOVEMBER = LocalDate.of(2024, 11, 20);

  private static SurveyAnswer parents(String question, String option, int count, AnswerRating rating) {
    return new SurveyAnswer("Удовлетворённость", RespondentGroup.PARENTS, NOVEMBER, question, option, count, rating);
  }

  /**
   * Parents in November: «Качество обучения» 30 удовлетворён, 10 скорее удовлетворён, 6 не удовлетворён, 4 затрудняюсь
   * (40 of 50 rated = 80 %); «Условия» 20 да, 20 нет (50 %); «Откуда узнали» 25 сайт (not rated). Students in March: 9
   * of 12 (75 %). A survey of 2023 is outside the period.
   */
  static SchoolData school() {
    return SmallSchool.data().toBuilder().surveys(List.of(
        parents("Качество обучения", "удовлетворён", 30, AnswerRating.POSITIVE),
        parents("Качество обучения", "скорее удовлетворён", 10, AnswerRating.POSITIVE),
        parents("Качество обучения", "не удовлетворён", 6, AnswerRating.NEGATIVE),
        parents("Качество обучения", "затрудняюсь ответить", 4, AnswerRating.UNDECIDED),
        parents("Условия", "да", 20, AnswerRating.POSITIVE),
        parents("Условия", "нет", 20, AnswerRating.NEGATIVE),
        parents("Откуда узнали о школе", "сайт", 25, AnswerRating.UNRATED),
        new SurveyAnswer("Анкета обучающихся", RespondentGroup.STUDENTS, MARCH, "Нравится ли учиться", "да", 9,
            AnswerRating.POSITIVE),
        new SurveyAnswer("Анкета обучающихся", RespondentGroup.STUDENTS, MARCH, "Нравится ли учиться", "нет", 3,
            AnswerRating.NEGATIVE),
        new SurveyAnswer("Анкета обучающихся", RespondentGroup.STUDENTS, LocalDate.of(2023, 3, 1), "Нравится ли учиться",
            "да", 100, AnswerRating.POSITIVE))).build();
  }

  @Test
  void sharesOfEachQuestionAndOfEachSurveyByHand() {
    List<SurveySummary> surveys = SurveyAnalysis.analyse(school(), ReportingPeriod.calendarYear(2024));
    assertThat(surveys).extracting(SurveySummary::group).containsExactly(RespondentGroup.STUDENTS, RespondentGroup.PARENTS);
    SurveySummary students = surveys.get(0);
    assertThat(students.satisfaction()).contains(new BigDecimal("75.00"));
    assertThat(students.respondents()).isEqualTo(12);
    SurveySummary parents = surveys.get(1);
    assertThat(parents.questions()).extracting(q -> q.question().question())
        .containsExactly("Качество обучения", "Условия", "Откуда узнали о школе");
    SurveyQuestionResult quality = parents.questions().get(0);
    assertThat(quality.satisfaction()).contains(new BigDecimal("80.00"));
    assertThat(quality.share(quality.options().get(0))).contains(new BigDecimal("60.00"));
    assertThat(parents.questions().get(1).satisfaction()).contains(new BigDecimal("50.00"));
    SurveyQuestionResult factual = parents.questions().get(2);
    assertThat(factual.assessing()).isFalse();
    assertThat(factual.satisfaction()).isEmpty();
    // 60 positive of 90 rated answers over the two assessing questions
    assertThat(parents.positive()).isEqualTo(60);
    assertThat(parents.rated()).isEqualTo(90);
    assertThat(parents.satisfaction()).contains(new BigDecimal("66.67"));
    assertThat(parents.respondents()).isEqualTo(50);
  }

  @Test
  void aPeriodWithoutSurveysGivesNoneNotZero() {
    assertThat(SurveyAnalysis.analyse(school(), ReportingPeriod.calendarYear(2022))).isEmpty();
    assertThat(SurveyAnalysis.analyse(SmallSchool.data(), ReportingPeriod.calendarYear(2024))).isEmpty();
  }

  @Property(tries = 200)
  void sharesStayWithinZeroAndAHundredAndTheSurveyAddsItsQuestions(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 50) Integer> counts,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 3) Integer> ratings) {
    List<SurveyAnswer> answers = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      answers.add(new SurveyAnswer("А", RespondentGroup.STUDENTS, MARCH, "Вопрос " + (i % 3), "вариант " + i, counts.get(i),
          AnswerRating.values()[ratings.get(i)]));
    }
    SchoolData data = SmallSchool.data().toBuilder().surveys(answers).build();
    SurveySummary s = SurveyAnalysis.analyse(data, ReportingPeriod.calendarYear(2024)).get(0);
    long positive = answers.stream().filter(a -> a.rating() == AnswerRating.POSITIVE).mapToLong(SurveyAnswer::count).sum();
    long rated = answers.stream().filter(a -> a.rating().rated()).mapToLong(SurveyAnswer::count).sum();
    assertThat(s.positive()).isEqualTo(positive);
    assertThat(s.rated()).isEqualTo(rated);
    assertThat(s.questions().stream().mapToLong(SurveyQuestionResult::positive).sum()).isEqualTo(positive);
    assertThat(s.satisfaction().isPresent()).isEqualTo(rated > 0);
    s.satisfaction().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    for (SurveyQuestionResult q : s.questions()) {
      q.satisfaction().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
      q.options().forEach(o -> q.share(o).ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, new BigDecimal("100"))));
    }
  }
}
