package io.github.vsoko.report;

import io.github.vsoko.analytics.survey.SurveyQuestionResult;
import io.github.vsoko.analytics.survey.SurveySummary;
import io.github.vsoko.indicators.RussianFormat;
import io.github.vsoko.model.school.SurveyAnswer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Анкетирование: each survey's satisfaction share, then each survey question by question with the answers per option
 * (report kind {@code surveys}), with the machine-readable data: one object per survey (docs/surveys.md).
 *
 * @since 0.1.0
 */
public final class SurveyReport {
  private SurveyReport() {}

  /** The report; an empty list gives a report that says the period has no surveys. */
  public static Report build(String organization, String periodLabel, List<SurveySummary> surveys, LocalDate date,
      ReportOptions options) {
    Language lang = options.language();
    List<Block> blocks = new ArrayList<>();
    if (surveys.isEmpty()) {
      blocks.add(Paragraph.note(lang.pick("Нет результатов анкетирования за период ", "No survey results for ")
          + periodLabel));
    } else {
      blocks.add(Paragraph.text(lang.pick("Доля положительных ответов — положительные ответы среди оценочных "
          + "(положительных, отрицательных и «затрудняюсь ответить») по всем вопросам анкеты; варианты фактических "
          + "вопросов («не оценочный») в неё не входят.", "Positive share: positive answers among the rated ones "
          + "(positive, negative, undecided) over all questions; options of factual questions are outside it.")));
      blocks.add(summaryTable(surveys, lang));
      for (SurveySummary s : surveys) {
        blocks.add(new Heading(2, "«" + s.survey() + "»: " + lang.pick(s.group().title(), s.group().name().toLowerCase(
            java.util.Locale.ROOT)) + ", " + RussianFormat.date(s.date())));
        blocks.add(Paragraph.text(lang.pick("Ответили: ", "Answered: ") + s.respondents() + "; "
            + lang.pick("доля положительных ответов — ", "positive share: ")
            + s.satisfaction().map(p -> RussianFormat.number(p) + "\u00a0%").orElse(RussianFormat.NO_DATA) + "."));
        blocks.add(questionTable(s, lang));
      }
    }
    return TableReports.report("surveys", lang.pick("Результаты анкетирования", "Survey results"),
        Optional.of(organization + ", " + periodLabel), blocks, date, options).withData(data(surveys));
  }

  static Table summaryTable(List<SurveySummary> surveys, Language lang) {
    List<Row> rows = new ArrayList<>();
    for (SurveySummary s : surveys) {
      rows.add(Row.of(List.of(Cell.text(s.survey()), Cell.text(lang.pick(s.group().title(), s.group().name()
              .toLowerCase(java.util.Locale.ROOT))), Cell.text(RussianFormat.date(s.date())),
          Numbers.integer(s.respondents()), Numbers.integer(s.questions().size()), Numbers.percent(s.satisfaction()))));
    }
    return TableReports.table("surveys", lang.pick("Анкетирование за период", "Surveys of the period"),
        List.of(lang.pick("Анкета", "Survey"), lang.pick("Респонденты", "Respondents"), lang.pick("Дата", "Date"),
            lang.pick("Ответили", "Answered"), lang.pick("Вопросов", "Questions"),
            lang.pick("Доля положительных ответов, %", "Positive share, %")), rows);
  }

  private static Table questionTable(SurveySummary s, Language lang) {
    List<Row> rows = new ArrayList<>();
    for (SurveyQuestionResult q : s.questions()) {
      rows.add(Row.section(q.question().question(), 4));
      for (SurveyAnswer a : q.options()) {
        rows.add(new Row(List.of(Cell.text(a.option()), Cell.text(lang.pick(a.rating().title(), a.rating().name()
            .toLowerCase(java.util.Locale.ROOT))), Numbers.integer(a.count()), Numbers.percent(q.share(a))),
            RowKind.NORMAL, 1));
      }
      if (q.assessing()) {
        rows.add(new Row(List.of(Cell.text(lang.pick("Доля положительных ответов", "Positive share")),
            Cell.text(lang.pick("из оценочных", "of rated")), Numbers.integer(q.rated()), Numbers.percent(q.satisfaction())),
            RowKind.TOTAL, 0));
      }
    }
    return new Table("survey", "", List.of(Row.of(lang.pick("Вопрос и вариант ответа", "Question and option"),
        lang.pick("Оценка варианта", "Rating"), lang.pick("Ответов", "Answers"), lang.pick("Доля, %", "Share, %"))), rows,
        List.of(5, 3, 1, 1));
  }

  private static ReportData data(List<SurveySummary> surveys) {
    List<ReportData> out = new ArrayList<>();
    for (SurveySummary s : surveys) {
      List<ReportData> questions = new ArrayList<>();
      for (SurveyQuestionResult q : s.questions()) {
        List<ReportData> options = new ArrayList<>();
        for (SurveyAnswer a : q.options()) {
          options.add(ReportData.object().put("option", a.option()).put("rating", a.rating().name()).put("count", a.count())
              .build());
        }
        questions.add(ReportData.object().put("question", q.question().question()).put("answered", q.answered())
            .put("rated", q.rated()).put("positive", q.positive()).put("satisfactionPercent", percent(q.satisfaction()))
            .put("options", ReportData.array(options)).build());
      }
      out.add(ReportData.object().put("survey", s.survey()).put("group", s.group().name()).put("date", s.date().toString())
          .put("respondents", s.respondents()).put("rated", s.rated()).put("positive", s.positive())
          .put("satisfactionPercent", percent(s.satisfaction())).put("questions", ReportData.array(questions)).build());
    }
    return ReportData.array(out);
  }

  private static BigDecimal percent(Optional<BigDecimal> value) {
    return value.orElse(null);
  }
}
