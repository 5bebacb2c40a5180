package io.github.vsoko.report;

import io.github.vsoko.analytics.vpr.ObjectivityMarker;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprClassResult;
import io.github.vsoko.analytics.vpr.VprMarkCounts;
import io.github.vsoko.analytics.vpr.VprTeacherResult;
import io.github.vsoko.analytics.vpr.VprWork;
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
    return build(result, distributions, levels, schoolNames, List.of(), title, date, options);
  }

  /**
   * The report with the comparison by teacher ({@code teachers}, from the teaching assignments): a table with the same
   * columns as the classes', teachers with markers first, and the teachers whose classes stand out in the conclusions.
   */
  public static Report build(VprAnalysisResult result, List<VprDistribution> distributions, VprTaskLevels levels,
      java.util.Map<String, String> schoolNames, List<VprTeacherResult> teachers, String title, LocalDate date,
      ReportOptions options) {
    Language l = options.language();
    VprCounts t = result.total();
    List<Block> blocks = new ArrayList<>();
    summary(blocks, result, schoolNames, l);
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
          List.of(new ChartSeries(l.pick("Доля участников", "Share of participants"), List.of(Numbers.percent(t.lowered(), t.compared()),
              Numbers.percent(t.confirmed(), t.compared()), Numbers.percent(t.raised(), t.compared())))), "%"));
    }
    // schools with markers first, then in work order: a methodist reads the problems before the rest
    List<VprSchoolResult> ordered = new ArrayList<>(result.schools());
    ordered.sort(java.util.Comparator.comparing((VprSchoolResult s) -> s.markers().isEmpty()));
    boolean oneSchool = result.schools().stream().map(VprSchoolResult::school).distinct().count() <= 1;
    List<Row> rows = new ArrayList<>();
    for (VprSchoolResult s : ordered) {
      List<Cell> cells = new ArrayList<>();
      if (!oneSchool) {
        cells.add(Cell.text(schoolNames.getOrDefault(s.school(), s.school())));
      }
      cells.add(Cell.text(s.work().toString()));
      cells.addAll(comparison(s.work(), s.counts(), s.marks(), s.spearman(), s.markers(), l));
      rows.add(Row.of(cells));
    }
    List<String> head = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    if (!oneSchool) {
      head.add(l.pick("ОО", "School"));
      widths.add(10);
    }
    head.add(l.pick("Работа", "Work"));
    widths.add(11);
    head.addAll(comparisonHeader(l));
    widths.addAll(COMPARISON_WIDTHS.subList(0, COMPARISON_WIDTHS.size() - 1));
    widths.add(oneSchool ? 16 : 12);
    blocks.add(new Table("schools", oneSchool ? l.pick("Результаты по работам", "By work")
        : l.pick("Результаты по организациям и работам (с признаками необъективности — первыми)",
            "By school and work (marked entries first)"), List.of(Row.of(head.toArray(String[]::new))), rows, widths));
    teachers(blocks, teachers, l);
    works(blocks, result, distributions, levels, schoolNames, l);
    blocks.add(Paragraph.note(l.pick("Отметка ВПР — по шкале перевода первичного балла; отметка по журналу — за предыдущую "
        + "четверть (триместр, полугодие) из формы сбора результатов. Участники без отметки по журналу не сравниваются; "
        + "доли «понизили», «подтвердили», «повысили» — от сравнённых. Признаки: r_s < 0 и завышенный средний балл — по "
        + "методике 2019 г.; выделение класса среди классов параллели (z ≥ 2,58 и не менее 20 п. п.) и пороги 20/40 % — "
        + "неофициальные.",
        "ВПР mark from the score scale; journal mark for the previous term; shares are of the compared participants. "
        + "Markers follow the 2019 methodology; the comparison of classes and the 20/40 % thresholds are not official.")));
    Optional<String> subtitle = oneSchool ? result.schools().stream().findFirst().map(s -> schoolNames.getOrDefault(s.school(),
        s.school())) : Optional.empty();
    return new Report("vpr", title, subtitle, Optional.empty(), blocks, date, l);
  }

  private static final List<Integer> COMPARISON_WIDTHS = List.of(5, 4, 4, 4, 4, 6, 5, 6, 6, 6, 5, 5, 18);

  /** The columns shared by the school and the class tables. */
  private static List<String> comparisonHeader(Language l) {
    return List.of(l.pick("Участников", "Participants"), "«2»", "«3»", "«4»", "«5»", l.pick("Средний балл", "Mean score"),
        l.pick("Сравнено с журналом", "Compared"), l.pick("Понизили, %", "Lowered, %"), l.pick("Подтвердили, %", "Confirmed, %"),
        l.pick("Повысили, %", "Raised, %"), l.pick("Расхождение ≥ 2", "Gap ≥ 2"), "r_s",
        l.pick("Признаки необъективности", "Objectivity markers"));
  }

  private static List<Cell> comparison(VprWork work, VprCounts c, VprMarkCounts marks, java.util.OptionalDouble rs,
      List<ObjectivityMarker> markers, Language l) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Numbers.integer(c.participants()));
    for (long m : marks.asList()) {
      cells.add(marks.total() == 0 ? Cell.text(RussianFormat.NO_DATA) : Numbers.integer(m));
    }
    cells.add(Numbers.decimal(c.meanPrimaryScore(), 1));
    cells.add(Numbers.integer(c.compared()));
    cells.add(Numbers.percentCell(c.lowered(), c.compared()));
    cells.add(Numbers.percentCell(c.confirmed(), c.compared()));
    cells.add(Numbers.percentCell(c.raised(), c.compared()));
    cells.add(Numbers.integer(c.gapsTwoOrMore()));
    cells.add(rs.isPresent() ? Numbers.decimal(rs.getAsDouble(), 2) : Cell.text(RussianFormat.NO_DATA));
    cells.add(Cell.text(markers.isEmpty() ? l.pick("нет", "none")
        : String.join("; ", markers.stream().map(m -> l.pick(m.russianText(work), m.englishText(work))).toList())));
    return cells;
  }

  /** «По учителям»: the teacher's classes in each work, the same columns as a class; teachers with markers first. */
  private static void teachers(List<Block> blocks, List<VprTeacherResult> teachers, Language l) {
    if (teachers.isEmpty()) {
      return;
    }
    List<VprTeacherResult> ordered = new ArrayList<>(teachers);
    ordered.sort(java.util.Comparator.comparing((VprTeacherResult t) -> t.markers().isEmpty()));
    List<Row> rows = new ArrayList<>();
    for (VprTeacherResult t : ordered) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(t.teacher()), Cell.text(shortWork(t.work())),
          Cell.text(String.join(", ", t.classes().stream().map(Object::toString).toList()))));
      cells.addAll(comparison(t.work(), t.counts(), t.marks(), t.spearman(), t.markers(), l));
      rows.add(Row.of(cells));
    }
    List<String> head = new ArrayList<>(List.of(l.pick("Учитель", "Teacher"), l.pick("Работа", "Work"), l.pick("Классы", "Classes")));
    head.addAll(comparisonHeader(l));
    List<Integer> widths = new ArrayList<>(List.of(6, 11, 7));
    widths.addAll(COMPARISON_WIDTHS.subList(0, COMPARISON_WIDTHS.size() - 1));
    widths.add(12);
    blocks.add(new Table("teachers", l.pick("Результаты по учителям (с признаками — первыми)", "By teacher (marked first)"),
        List.of(Row.of(head.toArray(String[]::new))), rows, widths));
    blocks.add(Paragraph.note(l.pick("Учитель — идентификатор работника из нагрузки (педагог, преподававший предмет работы в "
        + "классе в том учебном году); отметки по журналу — выставленные им. Признаки — те же, что для классов.",
        "Teacher: the staff id from the teaching load; the journal marks are theirs.")));
  }

  /** «Выводы»: what stands out, school by school and class by class, and the verdict. */
  private static void summary(List<Block> blocks, VprAnalysisResult result, java.util.Map<String, String> names, Language l) {
    blocks.add(new Heading(1, l.pick("Выводы", "Conclusions")));
    List<ListItem> items = new ArrayList<>();
    for (VprSchoolResult s : result.schools()) {
      List<ObjectivityMarker> official = s.markers().stream().filter(ObjectivityMarker::official).toList();
      if (!official.isEmpty()) {
        items.add(ListItem.warning(names.getOrDefault(s.school(), s.school()) + ", " + s.work() + ": "
            + String.join("; ", official.stream().map(m -> l.pick(m.russianText(s.work()), m.englishText(s.work()))).toList())
            + "."));
      }
    }
    boolean oneSchool = result.schools().stream().map(VprSchoolResult::school).distinct().count() <= 1;
    java.util.Map<String, List<VprClassResult>> byClass = new java.util.TreeMap<>();
    for (VprClassResult c : result.classes()) {
      if (c.marked()) {
        byClass.computeIfAbsent((oneSchool ? "" : names.getOrDefault(c.school(), c.school()) + ", ") + c.className(),
            k -> new ArrayList<>()).add(c);
      }
    }
    java.util.Map<VprWork, java.util.Map<String, List<VprClassResult>>> parallels = parallels(result);
    byClass.forEach((name, classes) -> {
      List<String> parts = new ArrayList<>();
      for (VprClassResult c : classes) {
        VprCounts rest = parallels.get(c.work()).get(c.school()).stream().filter(x -> !x.equals(c))
            .map(VprClassResult::counts).reduce(VprCounts.ZERO, VprCounts::plus);
        VprCounts k = c.counts();
        String what;
        if (c.markers().contains(ObjectivityMarker.CLASS_LOWERED)) {
          what = l.pick("понизили отметку " + Numbers.shareText(k.lowered(), k.compared()) + " участников против " + Numbers.shareText(rest.lowered(),
              rest.compared()) + " в остальных классах параллели — текущие отметки завышены", "lowered " + Numbers.shareText(k.lowered(),
              k.compared()) + " against " + Numbers.shareText(rest.lowered(), rest.compared()) + " in the other classes — generous marks");
        } else if (c.markers().contains(ObjectivityMarker.CLASS_RAISED)) {
          what = l.pick("повысили отметку " + Numbers.shareText(k.raised(), k.compared()) + " участников против " + Numbers.shareText(rest.raised(),
              rest.compared()) + " в остальных классах параллели — текущие отметки занижены или результаты ВПР "
              + "необъективны", "raised " + Numbers.shareText(k.raised(), k.compared()) + " against " + Numbers.shareText(rest.raised(), rest.compared())
              + " in the other classes");
        } else {
          what = String.join("; ", c.markers().stream().map(m -> l.pick(m.russianText(c.work()), m.englishText(c.work())))
              .toList());
        }
        parts.add(c.work().subject().name() + ": " + what);
      }
      items.add(ListItem.warning(l.pick("Класс ", "Class ") + name + " — " + String.join("; ", parts) + "."));
    });
    if (items.isEmpty()) {
      items.add(ListItem.text(l.pick("Признаков необъективности ни по организациям, ни по классам не выявлено.",
          "No objectivity marker in any school or class.")));
    }
    blocks.add(new ListBlock(items));
    String index = Numbers.text(RussianFormat.round(result.objectivityIndex(), 1));
    String verdict;
    if (!byClass.isEmpty()) {
      verdict = l.pick("Результаты требуют проверки объективности текущего оценивания в классах: "
          + String.join(", ", byClass.keySet()) + ". Сопоставьте отметки по журналу этих классов с результатами ВПР по "
          + "заданиям, проведите внутришкольный контроль оценивания и повторную диагностику.",
          "Check the objectivity of journal marks in: " + String.join(", ", byClass.keySet()) + ".");
    } else if (items.stream().anyMatch(ListItem::emphasis)) {
      verdict = l.pick("Есть официальные признаки необъективности: результаты требуют проверки.",
          "Official objectivity markers found: the results need checking.");
    } else {
      verdict = l.pick("Результаты ВПР согласуются с текущими отметками.", "ВПР results agree with journal marks.");
    }
    String classIndex = result.classObjectivityIndex().isPresent()
        ? l.pick("; по классам — ", "; by class: ") + Numbers.text(RussianFormat.round(result.classObjectivityIndex().getAsDouble(), 1))
            + l.pick(" (без признаков " + (result.classes().size() - result.classes().stream().filter(VprClassResult::marked)
                .count()) + " из " + RussianFormat.count(result.classes().size(), "записи", "записей", "записей")
                + " «класс — работа»)", "")
        : "";
    blocks.add(Paragraph.text(l.pick("Индекс объективности (100 − % записей с признаками): по организациям — ", "Objectivity "
        + "index (100 − % marked entries): by school ") + index + classIndex + ". " + verdict));
  }

  /** «Окружающий мир, 4 кл.»: the work in a caption short enough to name a sheet. */
  private static String shortWork(VprWork work) {
    return work.subject().name() + ", " + work.grade().value() + " кл.";
  }


  /**
   * One section per work: the heading with the participants, then class by class for each school, the distribution
   * of marks and scores over all participants and task completion.
   */
  private static void works(List<Block> blocks, VprAnalysisResult result, List<VprDistribution> distributions,
      VprTaskLevels levels, java.util.Map<String, String> names, Language l) {
    java.util.Map<VprWork, VprDistribution> all = new java.util.TreeMap<>();
    for (VprDistribution d : distributions) {
      if (d.level().equals("all") && d.participants() > 0) {
        all.put(d.work(), d);
      }
    }
    java.util.SortedSet<VprWork> works = new java.util.TreeSet<>(all.keySet());
    result.classes().forEach(c -> works.add(c.work()));
    java.util.Map<VprWork, java.util.Map<String, List<VprClassResult>>> parallels = parallels(result);
    java.util.Map<VprWork, java.util.Map<String, List<VprSchoolResult>>> schoolEntries = new java.util.HashMap<>();
    for (VprSchoolResult s : result.schools()) {
      schoolEntries.computeIfAbsent(s.work(), w -> new java.util.HashMap<>()).computeIfAbsent(s.school(), k -> new ArrayList<>())
          .add(s);
    }
    int n = 0;
    List<String> unknownLevels = new ArrayList<>();
    for (VprWork work : works) {
      n++;
      VprDistribution d = all.get(work);
      java.util.Map<String, List<VprClassResult>> bySchool = parallels.getOrDefault(work, java.util.Map.of());
      long participants = d != null ? d.participants() : bySchool.values().stream().flatMap(List::stream)
          .mapToLong(c -> c.counts().participants()).sum();
      blocks.add(new Heading(2, work + " — " + l.pick(RussianFormat.count(participants, "участник", "участника", "участников"),
          participants + " participants") + (d != null ? " (" + d.sampleNote() + ")" : "")));
      classes(blocks, bySchool, schoolEntries.getOrDefault(work, java.util.Map.of()), work, names, n, l);
      if (d != null && distribution(blocks, d, levels, n, l)) {
        unknownLevels.add(work.toString());
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

  /**
   * The classes of each school in each work, in the result's order: indexed once, since a region has thousands of
   * schools and looking each up in the list of all classes made the report quadratic.
   */
  private static java.util.Map<VprWork, java.util.Map<String, List<VprClassResult>>> parallels(VprAnalysisResult result) {
    java.util.Map<VprWork, java.util.Map<String, List<VprClassResult>>> index = new java.util.HashMap<>();
    for (VprClassResult c : result.classes()) {
      index.computeIfAbsent(c.work(), w -> new java.util.LinkedHashMap<>()).computeIfAbsent(c.school(), s -> new ArrayList<>())
          .add(c);
    }
    return index;
  }

  /** The class table of each school that wrote the work, when the rows name their classes. */
  private static void classes(List<Block> blocks, java.util.Map<String, List<VprClassResult>> bySchool,
      java.util.Map<String, List<VprSchoolResult>> schoolEntries, VprWork work, java.util.Map<String, String> names, int n,
      Language l) {
    for (java.util.Map.Entry<String, List<VprClassResult>> entry : bySchool.entrySet()) {
      String school = entry.getKey();
      List<Row> rows = new ArrayList<>();
      for (VprClassResult c : entry.getValue()) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(c.className().toString())));
        cells.addAll(comparison(work, c.counts(), c.marks(), c.spearman(), c.markers(), l));
        rows.add(Row.of(cells));
      }
      List<VprSchoolResult> entries = schoolEntries.getOrDefault(school, List.of());
      if (!entries.isEmpty()) {
        VprCounts total = entries.stream().map(VprSchoolResult::counts).reduce(VprCounts.ZERO, VprCounts::plus);
        VprMarkCounts marks = entries.stream().map(VprSchoolResult::marks).reduce(VprMarkCounts.ZERO, VprMarkCounts::plus);
        boolean one = entries.size() == 1; // r_s and markers of several files do not add up
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(l.pick("Все классы", "All classes"))));
        cells.addAll(comparison(work, total, marks, one ? entries.get(0).spearman() : java.util.OptionalDouble.empty(),
            one ? entries.get(0).markers() : List.of(), l));
        rows.add(new Row(cells, RowKind.TOTAL, 0));
      }
      List<String> head = new ArrayList<>(List.of(l.pick("Класс", "Class")));
      head.addAll(comparisonHeader(l));
      List<Integer> widths = new ArrayList<>(List.of(8));
      widths.addAll(COMPARISON_WIDTHS);
      blocks.add(new Table("classes-" + n, l.pick("Классы: ", "Classes: ") + shortWork(work)
          + (bySchool.size() > 1 || !names.containsKey(school) ? " — " + names.getOrDefault(school, school) : ""),
          List.of(Row.of(head.toArray(String[]::new))), rows, widths));
    }
  }

  /** Charts and the task table of all participants; whether the work's task levels were unknown. */
  private static boolean distribution(List<Block> blocks, VprDistribution d, VprTaskLevels levels, int n, Language l) {
    if (!d.marks().isEmpty()) {
      List<BigDecimal> shares = d.marks().values().stream().map(c -> Numbers.percent(c, d.participants())).toList();
      blocks.add(new Chart("marks-" + n, l.pick("Статистика по отметкам, % участников", "ВПР marks, % of participants"),
          ChartKind.BAR, d.marks().keySet().stream().map(k -> "«" + k + "»").toList(),
          List.of(new ChartSeries(l.pick("Доля участников", "Share of participants"), shares)), "%"));
    }
    List<String> scores = new ArrayList<>();
    List<BigDecimal> counts = new ArrayList<>();
    for (int i = 0; i < d.scores().size(); i++) {
      scores.add(Integer.toString(i));
      counts.add(BigDecimal.valueOf(d.scores().get(i)));
    }
    blocks.add(new Chart("scores-" + n, l.pick("Распределение первичных баллов (0–" + (d.scores().size() - 1) + ")",
        "Primary scores (0–" + (d.scores().size() - 1) + ")"), ChartKind.BAR, scores,
        List.of(new ChartSeries(l.pick("Число участников", "Participants"), counts)), l.pick("человек", "persons")));
    if (!d.peaks().isEmpty()) {
      blocks.add(Paragraph.note(l.pick("Пики на границах отметок (баллы " + d.peaks() + ") — возможный маркер нарушения "
          + "объективности, требует дополнительного анализа (практическое правило).", "Peaks at mark boundaries: " + d.peaks())));
    }
    List<Row> rows = new ArrayList<>();
    boolean known = levels.isKnown(d.work());
    boolean skills = levels.hasSkills(d.work());
    for (VprDistribution.TaskCompletion t : d.tasks()) {
      TaskLevel level = levels.level(d.work(), t.task());
      String levelText = level == TaskLevel.ADVANCED ? l.pick("П", "A") : l.pick("Б", "B");
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(t.task())));
      if (skills) {
        cells.add(Cell.text(levels.skill(d.work(), t.task()).orElse(RussianFormat.NO_DATA)));
      }
      cells.addAll(List.of(Cell.text(known ? levelText : levelText + "*"),
          t.percent().isPresent() ? Numbers.decimal(t.percent().get(), 1) : Cell.text(RussianFormat.NO_DATA),
          Numbers.integer(t.notDone()), Cell.text(t.judge(level, levels.thresholds()).orElse(RussianFormat.NO_DATA))));
      rows.add(Row.of(cells));
    }
    if (rows.isEmpty()) {
      return false;
    }
    List<String> head = new ArrayList<>(List.of(l.pick("Задание", "Task")));
    if (skills) {
      head.add(l.pick("Проверяемое умение", "Skill checked"));
    }
    head.addAll(List.of(l.pick("Уровень сложности", "Difficulty"), l.pick("Выполнение, %", "Completion, %"),
        l.pick("Не приступали", "Not done"), l.pick("Уровень выполнения", "Attainment")));
    blocks.add(new Table("tasks-" + n, l.pick("Задания: ", "Tasks: ") + shortWork(d.work()),
        List.of(Row.of(head.toArray(String[]::new))), rows, skills ? List.of(8, 44, 10, 12, 10, 16) : List.of(15, 15, 20, 20, 30)));
    return !known;
  }

  private static Row group(String name, long count, long total) {
    return Row.of(List.of(Cell.text(name), Numbers.integer(count), Numbers.percentCell(count, total)));
  }
}
