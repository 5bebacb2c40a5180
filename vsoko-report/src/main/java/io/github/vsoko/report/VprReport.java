package io.github.vsoko.report;

import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.TaskLevel;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.analytics.vpr.VprCounts;
import io.github.vsoko.analytics.vpr.VprDistribution;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.indicators.RussianFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The school or municipal ВПР report (сравнение отметок с отметками по журналу): the ФИС ОКО table
 * «Группы участников / Кол-во участников / %» for all participants with its histogram, one row per
 * school and file with counts, mean primary score, r_s and objectivity markers, and the objectivity
 * index.
 *
 * @since 0.1.0
 */
public final class VprReport {
  private VprReport() {}

  /**
   * The report.
   *
   * @param result the analysis
   * @param title the title («Анализ результатов ВПР, 2021»)
   * @param date the report's date
   * @param options language
   */
  public static Report build(VprAnalysisResult result, String title, LocalDate date, ReportOptions options) {
    return build(result, List.of(), title, date, options);
  }

  /**
   * The report with, for each work, the distribution of ВПР marks and primary scores over all
   * participants (charts) and task completion judged against the basic level (table).
   */
  public static Report build(VprAnalysisResult result, List<VprDistribution> distributions, String title, LocalDate date,
      ReportOptions options) {
    return build(result, distributions, VprTaskLevels.none(), title, date, options);
  }

  /**
   * The report with task completion judged against each task's level ({@code levels}; a work whose levels are not
   * given is judged against the basic level, and the report says so).
   */
  public static Report build(VprAnalysisResult result, List<VprDistribution> distributions, VprTaskLevels levels,
      String title, LocalDate date, ReportOptions options) {
    return build(result, distributions, levels, java.util.Map.of(), title, date, options);
  }

  /**
   * The report naming schools by name where it is known ({@code schoolNames}: ФИС ОКО login → name), by their
   * ФИС ОКО login elsewhere.
   */
  public static Report build(VprAnalysisResult result, List<VprDistribution> distributions, VprTaskLevels levels,
      java.util.Map<String, String> schoolNames, String title, LocalDate date, ReportOptions options) {
    Language l = options.language();
    VprCounts t = result.total();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, l.pick("Сравнение отметок с отметками по журналу", "ВПР marks against journal marks")));
    blocks.add(Paragraph.text(l.pick("Участников: " + t.participants() + ", отсутствовали: " + t.absent()
        + ", без первичного балла: " + t.invalid() + ", без отметки по журналу: " + t.noJournalMark() + ".",
        "Participants: " + t.participants() + ", absent: " + t.absent() + ", without a score: " + t.invalid()
        + ", without a journal mark: " + t.noJournalMark() + ".")));
    List<Row> groups = new ArrayList<>();
    groups.add(group(l.pick("Понизили (Отметка < Отметка по журналу)", "Lowered"), t.lowered(), t.compared()));
    groups.add(group(l.pick("Подтвердили (Отметка = Отметке по журналу)", "Confirmed"), t.confirmed(), t.compared()));
    groups.add(group(l.pick("Повысили (Отметка > Отметка по журналу)", "Raised"), t.raised(), t.compared()));
    groups.add(group(l.pick("Всего", "Total"), t.compared(), t.compared()));
    blocks.add(new Table("groups", l.pick("Группы участников", "Groups of participants"), List.of(Row.of(
        l.pick("Группы участников", "Group"), l.pick("Кол-во участников", "Participants"), "%")), groups, List.of(60, 20, 20)));
    if (t.compared() > 0) {
      blocks.add(new Chart("groups-chart", l.pick("Гистограмма соответствия отметок за выполненную работу и отметок по журналу",
          "ВПР marks against journal marks"), ChartKind.BAR,
          List.of(l.pick("Понизили", "Lowered"), l.pick("Подтвердили", "Confirmed"), l.pick("Повысили", "Raised")),
          List.of(new ChartSeries(l.pick("Доля участников, %", "Share of participants, %"), List.of(Numbers.percent(t.lowered(), t.compared()),
              Numbers.percent(t.confirmed(), t.compared()), Numbers.percent(t.raised(), t.compared())))), "%"));
    }
    List<Row> rows = new ArrayList<>();
    for (VprSchoolResult s : result.schools()) {
      VprCounts c = s.counts();
      rows.add(Row.of(List.of(Cell.text(schoolNames.getOrDefault(s.school(), s.school())), Cell.text(s.work().toString()), Numbers.integer(c.participants()), Numbers.integer(c.absent()),
          Numbers.integer(c.lowered()), Numbers.integer(c.confirmed()), Numbers.integer(c.raised()), Numbers.integer(c.noJournalMark()), Numbers.integer(c.gapsTwoOrMore()),
          Numbers.decimal(c.meanPrimaryScore(), 2),
          s.spearman().isPresent() ? Numbers.decimal(s.spearman().getAsDouble(), 4) : Cell.text("—"),
          Cell.text(String.join("\n", s.markers().stream().map(m -> l.pick(m.russianText(s.work()), m.englishText(s.work()))).toList())))));
    }
    blocks.add(new Table("schools", l.pick("Результаты по организациям", "By school"), List.of(Row.of(l.pick("ОО", "School"),
        l.pick("Работа", "Work"), l.pick("Участников", "Participants"), l.pick("Отсутств.", "Absent"), l.pick("Понизили", "Lowered"),
        l.pick("Подтвердили", "Confirmed"), l.pick("Повысили", "Raised"), l.pick("Без отметки по журналу", "No journal mark"),
        l.pick("Расхождение ≥ 2", "Gap ≥ 2"), l.pick("Средний первичный балл", "Mean score"), "r_s",
        l.pick("Признаки необъективности", "Objectivity markers"))), rows, List.of(10, 14, 6, 6, 6, 6, 6, 6, 6, 7, 6, 21)));
    distributions(blocks, distributions, levels, l);
    blocks.add(Paragraph.text(l.pick("Индекс объективности (100 − % промаркированных записей): ", "Objectivity index: ")
        + Numbers.text(BigDecimal.valueOf(result.objectivityIndex()).setScale(1, RoundingMode.HALF_UP))));
    blocks.add(Paragraph.note(l.pick("Отметка ВПР — по шкале перевода первичного балла; отметка по журналу — за предыдущую "
        + "четверть (триместр, полугодие) из формы сбора результатов. Участники без отметки по журналу не сравниваются. "
        + "Признаки: r_s < 0 и завышенный средний балл — по методике 2019 г.; пороги 20/40 % — неофициальные.",
        "ВПР mark from the score scale; journal mark for the previous term. Markers follow the 2019 methodology; the 20/40 % "
        + "thresholds are not official.")));
    return new Report("vpr", title, Optional.empty(), Optional.empty(), blocks, date, l);
  }

  private static void distributions(List<Block> blocks, List<VprDistribution> distributions, VprTaskLevels levels, Language l) {
    int n = 0;
    List<String> unknownLevels = new ArrayList<>();
    for (VprDistribution d : distributions) {
      if (!d.level().equals("all") || d.participants() == 0) {
        continue;
      }
      n++;
      blocks.add(new Heading(2, d.work() + " — " + l.pick(RussianFormat.count(d.participants(), "участник", "участника", "участников"),
          d.participants() + " participants") + " (" + d.sampleNote() + ")"));
      if (!d.marks().isEmpty()) {
        List<BigDecimal> shares = d.marks().values().stream().map(c -> Numbers.percent(c, d.participants())).toList();
        blocks.add(new Chart("marks-" + n, l.pick("Статистика по отметкам, % участников", "ВПР marks, % of participants"),
            ChartKind.BAR, d.marks().keySet().stream().map(k -> "«" + k + "»").toList(),
            List.of(new ChartSeries(d.work().toString(), shares)), "%"));
      }
      List<String> scores = new ArrayList<>();
      List<BigDecimal> counts = new ArrayList<>();
      for (int i = 0; i < d.scores().size(); i++) {
        scores.add(Integer.toString(i));
        counts.add(BigDecimal.valueOf(d.scores().get(i)));
      }
      blocks.add(new Chart("scores-" + n, l.pick("Распределение первичных баллов", "Primary scores"), ChartKind.BAR, scores,
          List.of(new ChartSeries(l.pick("Участников", "Participants"), counts)), l.pick("человек", "persons")));
      if (!d.peaks().isEmpty()) {
        blocks.add(Paragraph.note(l.pick("Пики на границах отметок (баллы " + d.peaks() + ") — возможный маркер нарушения "
            + "объективности, требует дополнительного анализа (практическое правило).", "Peaks at mark boundaries: " + d.peaks())));
      }
      List<Row> rows = new ArrayList<>();
      boolean known = levels.isKnown(d.work());
      for (VprDistribution.TaskCompletion t : d.tasks()) {
        TaskLevel level = levels.level(d.work(), t.task());
        String levelText = level == TaskLevel.ADVANCED ? l.pick("П", "A") : l.pick("Б", "B");
        rows.add(Row.of(List.of(Cell.text(t.task()), Cell.text(known ? levelText : levelText + "*"),
            t.percent().isPresent() ? Numbers.decimal(t.percent().get(), 1) : Cell.text("—"),
            Numbers.integer(t.notDone()), Cell.text(t.judge(level, levels.thresholds()).orElse("—")))));
      }
      if (!rows.isEmpty()) {
        blocks.add(new Table("tasks-" + n, l.pick("Выполнение заданий", "Task completion"), List.of(Row.of(l.pick("Задание", "Task"),
            l.pick("Уровень сложности", "Difficulty"), l.pick("Выполнение, %", "Completion, %"), l.pick("Не приступали", "Not done"),
            l.pick("Уровень выполнения", "Attainment"))), rows, List.of(15, 15, 20, 20, 30)));
        if (!known) {
          unknownLevels.add(d.work().toString());
        }
      }
    }
    if (!unknownLevels.isEmpty()) {
      // one note for the whole report, naming the works, not one per work
      blocks.add(Paragraph.note(l.pick("* Уровни сложности заданий не заданы (столбец «Задания повышенного уровня» таблицы "
          + "шкал) для работ: " + String.join("; ", unknownLevels) + ". Все их задания оценены по порогам базового уровня "
          + "(достаточный от " + Numbers.text(java.math.BigDecimal.valueOf(levels.thresholds().basicSufficient()).stripTrailingZeros())
          + " %, недостаточный ниже "
          + Numbers.text(java.math.BigDecimal.valueOf(levels.thresholds().basicInsufficient()).stripTrailingZeros()) + " %).",
          "* Task levels are not given for: " + String.join("; ", unknownLevels) + ". Their tasks are judged against the basic "
          + "thresholds.")));
    }
  }

  private static Row group(String name, long count, long total) {
    return Row.of(List.of(Cell.text(name), Numbers.integer(count), Numbers.percentCell(count, total)));
  }
}
