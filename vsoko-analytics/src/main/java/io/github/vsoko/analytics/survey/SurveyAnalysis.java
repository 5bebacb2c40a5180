package io.github.vsoko.analytics.survey;

import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.school.SurveyQuestion;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.model.school.RespondentGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The surveys of a period (анализ анкетирования): each survey of each respondent group with its questions, ordered by
 * date, then group, then survey title; questions and options in the order of the data.
 *
 * <p>The satisfaction share of a question is positive answers among the rated ones (positive, negative, «затрудняюсь
 * ответить»); options marked «не оценочный» are out of it. A survey's share adds the answers of its questions.
 *
 * @since 0.1.0
 */
public final class SurveyAnalysis {
  private SurveyAnalysis() {}

  /** The surveys whose date falls in the period; empty when the period has none. */
  public static List<SurveySummary> analyse(SchoolData data, ReportingPeriod period) {
    Map<SurveyQuestion, List<SurveyAnswer>> byQuestion = new LinkedHashMap<>();
    for (SurveyAnswer a : data.surveys()) {
      if (period.contains(a.date())) {
        byQuestion.computeIfAbsent(a.questionKey(), k -> new ArrayList<>()).add(a);
      }
    }
    Map<SurveyKey, List<SurveyQuestionResult>> bySurvey = new LinkedHashMap<>();
    byQuestion.forEach((q, options) -> bySurvey.computeIfAbsent(new SurveyKey(q.survey(), q.group(), q.date()),
        k -> new ArrayList<>()).add(new SurveyQuestionResult(q, options)));
    List<SurveySummary> out = new ArrayList<>();
    bySurvey.forEach((k, questions) -> out.add(new SurveySummary(k.survey(), k.group(), k.date(), questions)));
    out.sort(Comparator.comparing(SurveySummary::date).thenComparing(SurveySummary::group)
        .thenComparing(SurveySummary::survey));
    return List.copyOf(out);
  }

  /** part / whole in per cent, 2 decimals, HALF_UP; empty for a zero whole. */
  static Optional<BigDecimal> percent(long part, long whole) {
    return whole == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
  }

  /** A survey of one group on one date. */
  private record SurveyKey(String survey, RespondentGroup group, LocalDate date) {}
}
