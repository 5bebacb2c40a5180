package io.github.vsoko.report;

import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprClassResult;
import io.github.vsoko.analytics.vpr.VprCounts;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Mean;
import io.github.vsoko.indicators.RussianFormat;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.framework.Responsible;
import io.github.vsoko.model.management.Finding;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationDetails;
import io.github.vsoko.model.organization.RegistryEntry;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.SchoolData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The parts of the self-assessment's analytical part that are written from the data (разделы аналитической части):
 * general information, programmes, the management bodies of the ВСОКО, attestation, ГИА, ВПР, olympiads and the
 * conclusions — each a table with a sentence that reads it, or nothing when the data hold nothing.
 */
final class SelfAssessmentSections {
  private SelfAssessmentSections() {}

  /** «Общие сведения об образовательной организации»: a two-column table, «нет данных» where unknown. */
  static Table generalInformation(Organization org, Language l) {
    OrganizationDetails d = org.detailsOrEmpty();
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of(l.pick("Полное наименование", "Full name"), org.fullName()));
    rows.add(Row.of(l.pick("Краткое наименование", "Short name"), org.shortName()));
    rows.add(Row.of(l.pick("Руководитель", "Head"), d.headName().map(n -> n + d.headPosition().map(p -> ", " + lower(p))
        .orElse("")).orElse(RussianFormat.NO_DATA)));
    rows.add(Row.of(l.pick("Учредитель", "Founder"), d.founder().orElse(RussianFormat.NO_DATA)));
    rows.add(Row.of(l.pick("Адрес организации", "Address"), d.address().orElse(RussianFormat.NO_DATA)));
    rows.add(Row.of(l.pick("Телефон", "Phone"), d.phone().orElse(RussianFormat.NO_DATA)));
    rows.add(Row.of(l.pick("Адрес электронной почты", "E-mail"), d.email().orElse(RussianFormat.NO_DATA)));
    rows.add(Row.of(l.pick("Официальный сайт", "Website"), d.website().orElse(RussianFormat.NO_DATA)));
    rows.add(Row.of("ИНН / ОГРН", org.inn().orElse(RussianFormat.NO_DATA) + " / " + org.ogrn().orElse(RussianFormat.NO_DATA)));
    rows.add(Row.of(l.pick("Лицензия на осуществление образовательной деятельности", "Licence"), entry(d.licence(), l)));
    rows.add(Row.of(l.pick("Свидетельство о государственной аккредитации", "State accreditation"), entry(d.accreditation(), l)));
    return new Table("general", l.pick("Общие сведения об образовательной организации", "General information"),
        List.of(Row.of(l.pick("Сведение", "Item"), l.pick("Значение", "Value"))), rows, List.of(35, 65));
  }

  private static String entry(Optional<RegistryEntry> e, Language l) {
    return e.map(x -> "№ " + x.number() + x.date().map(d -> l.pick(" от ", " of ") + RussianFormat.date(d)).orElse(""))
        .orElse(RussianFormat.NO_DATA);
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** «Реализуемые образовательные программы: …» from the levels the students are at. */
  static Optional<Paragraph> programmes(SchoolData data, Language l) {
    List<String> names = new ArrayList<>();
    for (EducationLevel level : EducationLevel.values()) {
      if (data.students().stream().anyMatch(s -> s.className().level() == level)) {
        names.add(l.pick("основная образовательная программа " + genitive(level), level.russianName()) + " ("
            + level.abbreviation() + ")");
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Paragraph.text(l.pick("Реализуемые образовательные программы: ", "Programmes: ")
        + String.join("; ", names) + "."));
  }

  private static String genitive(EducationLevel level) {
    return switch (level) {
      case PRIMARY -> "начального общего образования";
      case BASIC -> "основного общего образования";
      case SECONDARY -> "среднего общего образования";
    };
  }

  /** The bodies and officials of the ВСОКО with their functions, as its model describes them. */
  static List<Block> participants(List<io.github.vsoko.model.framework.Participant> participants, Language l) {
    if (participants.isEmpty()) {
      return List.of();
    }
    List<Row> rows = participants.stream().map(p -> Row.of(p.name(), String.join("; ", p.functions()))).toList();
    return List.of(new Table("participants", l.pick("Органы управления и участники ВСОКО, их функции",
        "Bodies and participants of the ВСОКО"), List.of(Row.of(l.pick("Орган, участник", "Body, participant"),
            l.pick("Функции в ВСОКО", "Functions"))), rows, List.of(35, 65)));
  }

  /** The officials and bodies of the ВСОКО from the plan: who is responsible for how many items, in which areas. */
  static List<Block> management(Optional<VsokoPlan> plan, Language l) {
    if (plan.isEmpty()) {
      return List.of();
    }
    Map<String, List<PlanItem>> byRole = new TreeMap<>();
    for (PlanItem item : plan.get().items()) {
      for (Responsible r : item.responsible()) {
        byRole.computeIfAbsent(r.role().title(), k -> new ArrayList<>()).add(item);
      }
    }
    if (byRole.isEmpty()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    byRole.forEach((role, items) -> rows.add(Row.of(List.of(Cell.text(role), Numbers.integer(items.stream().distinct().count()),
        Cell.text(items.stream().map(PlanItem::area).distinct().sorted().map(a -> shortArea(a, l))
            .collect(Collectors.joining(", ")))))));
    List<Block> out = new ArrayList<>();
    out.add(Paragraph.text(l.pick("Оценку качества образования по плану функционирования ВСОКО осуществляют "
        + RussianFormat.count(byRole.size(), "должностное лицо (орган)", "должностных лица (органа)", "должностных лиц (органов)")
        + "; распределение ответственности — в таблице.", byRole.size() + " officials are responsible for the plan.")));
    out.add(new Table("management", l.pick("Ответственные за процедуры ВСОКО", "Responsible for the ВСОКО procedures"),
        List.of(Row.of(l.pick("Должностное лицо, орган", "Official, body"), l.pick("Позиций плана", "Plan items"),
            l.pick("Направления", "Areas"))), rows, List.of(40, 15, 45)));
    return out;
  }

  private static String shortArea(QualityArea a, Language l) {
    return switch (a) {
      case RESULTS -> l.pick("результаты", "results");
      case PROCESS -> l.pick("образовательная деятельность", "process");
      case CONDITIONS -> l.pick("условия", "conditions");
    };
  }

  /** Attestation by level and by class, with a sentence on the totals and the extremes. */
  static List<Block> attestation(SelfAssessmentAnalyses a, Language l) {
    if (a.attestationByLevel().isEmpty()) {
      return List.of();
    }
    AttestationOptions o = a.attestationOptions();
    AttestationCounts total = a.attestationByLevel().stream().map(AttestationGroup::counts)
        .reduce(AttestationCounts.ZERO, AttestationCounts::plus);
    List<Block> out = new ArrayList<>();
    String period = a.attestationPeriod().orElse("");
    StringBuilder text = new StringBuilder(l.pick("По итогам " + genitivePeriod(period) + " успеваемость составила "
        + percent(total.progress()) + ", качество знаний — " + percent(total.quality()) + ", СОУ — " + percent(total.sou(o))
        + ", средний балл — " + decimal(total.meanMark(o)) + " (годовых отметок по предметам: " + total.base() + ").", "Attestation " + period + ": progress " + percent(total.progress()) + ", quality " + percent(total.quality()) + "."));
    Optional<AttestationGroup> best = a.attestationByLevel().stream().filter(g -> g.counts().quality().isPresent())
        .max(Comparator.comparingDouble(g -> g.counts().quality().getAsDouble()));
    Optional<AttestationGroup> worst = a.attestationByLevel().stream().filter(g -> g.counts().quality().isPresent())
        .min(Comparator.comparingDouble(g -> g.counts().quality().getAsDouble()));
    if (best.isPresent() && worst.isPresent() && !best.get().equals(worst.get())) {
      text.append(l.pick(" Качество знаний выше всего на уровне " + best.get().key() + " (" + percent(best.get().counts().quality())
          + "), ниже всего — " + worst.get().key() + " (" + percent(worst.get().counts().quality()) + ").", ""));
    }
    long failing = total.two() + total.notAttested();
    if (failing > 0) {
      text.append(l.pick(" Неудовлетворительных отметок и «н/а» — " + failing + ".", " Failing marks: " + failing + "."));
    }
    out.add(Paragraph.text(text.toString().strip()));
    out.add(attestationTable("attestation-levels", l.pick("Итоги промежуточной аттестации по уровням образования",
        "Attestation by level") + (period.isEmpty() ? "" : ", " + period), l.pick("Уровень", "Level"), a.attestationByLevel(),
        total, o, l));
    if (total.base() > 0) {
      out.add(new Chart("attestation-marks", l.pick("Годовые отметки, % от " + total.base(), "Annual marks, % of " + total.base()),
          ChartKind.BAR, List.of("«5»", "«4»", "«3»", "«2»", "«н/а»"), List.of(new ChartSeries(l.pick("Доля отметок", "Share of marks"),
              List.of(Numbers.percent(total.five(), total.base()), Numbers.percent(total.four(), total.base()),
                  Numbers.percent(total.three(), total.base()), Numbers.percent(total.two(), total.base()),
                  Numbers.percent(total.notAttested(), total.base())))), "%"));
    }
    if (a.attestationByYear().size() > 1) {
      AttestationGroup first = a.attestationByYear().get(0);
      AttestationGroup last = a.attestationByYear().get(a.attestationByYear().size() - 1);
      out.add(Paragraph.text(l.pick("Динамика: качество знаний " + percent(first.counts().quality()) + " в " + first.key()
          + " учебном году, " + percent(last.counts().quality()) + " в " + last.key() + " учебном году; успеваемость — "
          + percent(first.counts().progress()) + " и " + percent(last.counts().progress()) + ".",
          "Dynamics: quality " + percent(first.counts().quality()) + " in " + first.key() + ", " + percent(last.counts().quality())
          + " in " + last.key() + ".")));
      List<Row> rows = new ArrayList<>();
      for (AttestationGroup g : a.attestationByYear()) {
        rows.add(Row.of(attestationCells(g.key(), g.counts(), o)));
      }
      out.add(new Table("attestation-years", l.pick("Динамика результатов промежуточной аттестации по учебным годам "
          + "(в классах каждого года)", "Attestation by academic year"), List.of(Row.of(l.pick("Учебный год", "Year"),
          l.pick("Отметок (база)", "Marks (base)"), l.pick("Успеваемость, %", "Progress, %"), l.pick("Качество, %", "Quality, %"),
          l.pick("СОУ, %", "SOU, %"), l.pick("Средний балл", "Mean mark"), l.pick("«2» и «н/а»", "«2» and n/a"))), rows,
          List.of(22, 14, 14, 13, 12, 12, 13)));
    }
    if (!a.attestationByClass().isEmpty()) {
      out.add(attestationTable("attestation-classes", l.pick("Итоги промежуточной аттестации по классам", "Attestation by class")
          + (period.isEmpty() ? "" : ", " + period), l.pick("Класс", "Class"), a.attestationByClass(), total, o, l));
    }
    return out;
  }

  private static String genitivePeriod(String period) {
    return period.isEmpty() ? "учебного года" : period.replace("учебный год", "учебного года");
  }

  private static Table attestationTable(String id, String caption, String first, List<AttestationGroup> groups,
      AttestationCounts total, AttestationOptions o, Language l) {
    List<Row> rows = new ArrayList<>();
    for (AttestationGroup g : groups) {
      rows.add(Row.of(attestationCells(g.key(), g.counts(), o)));
    }
    rows.add(new Row(attestationCells(l.pick("Итого", "Total"), total, o), RowKind.TOTAL, 0));
    return new Table(id, caption, List.of(Row.of(first, l.pick("Отметок (база)", "Marks (base)"),
        l.pick("Успеваемость, %", "Progress, %"), l.pick("Качество, %", "Quality, %"), l.pick("СОУ, %", "SOU, %"),
        l.pick("Средний балл", "Mean mark"), l.pick("«2» и «н/а»", "«2» and n/a"))), rows, List.of(22, 14, 14, 13, 12, 12, 13));
  }

  private static List<Cell> attestationCells(String key, AttestationCounts c, AttestationOptions o) {
    return List.of(Cell.text(key), Numbers.integer(c.base()), Numbers.percent(c.progress(), 1), Numbers.percent(c.quality(), 1),
        Numbers.percent(c.sou(o), 1), Numbers.decimal(c.meanMark(o), 2), Numbers.integer(c.two() + c.notAttested()));
  }

  /** ГИА by exam, subject and level (base and profile mathematics apart) with the results of the reserve days. */
  static List<Block> gia(List<GiaSubjectResult> results, SchoolData data, int year, Language l) {
    if (results.isEmpty()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    long below = 0;
    for (GiaSubjectResult r : results) {
      below += r.belowMinimum();
      long reserve = data.exams().stream().filter(e -> e.year() == year && e.exam() == r.exam() && e.form() == r.form()
          && e.subject().equals(r.subject()) && e.level().equals(r.level()) && e.period() == ExamPeriod.RESERVE).count();
      OptionalDouble mean = r.meanTestScore().isPresent() ? r.meanTestScore() : r.meanPrimaryScore();
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(r.form().label() + r.level().map(v -> " (" + l.pick(v.russianName(), v.englishName()) + ")").orElse("")));
      cells.add(Cell.text(r.subject().name()));
      cells.add(Numbers.integer(r.participants()));
      cells.add(Numbers.decimal(mean, 1));
      for (String mark : List.of("5", "4", "3", "2")) {
        cells.add(r.marks().isEmpty() ? Cell.text("—") : Numbers.integer(r.marks().getOrDefault(mark, 0L)));
      }
      cells.add(r.minimum().isPresent() ? Numbers.integer(r.belowMinimum()) : Cell.text("—"));
      cells.add(Numbers.integer(reserve));
      rows.add(Row.of(cells));
    }
    List<Block> out = new ArrayList<>();
    long nine = results.stream().filter(r -> r.exam().name().endsWith("9")).mapToLong(GiaSubjectResult::participants).sum();
    long eleven = results.stream().filter(r -> !r.exam().name().endsWith("9")).mapToLong(GiaSubjectResult::participants).sum();
    long twos = results.stream().mapToLong(r -> r.marks().getOrDefault("2", 0L)).sum();
    out.add(Paragraph.text(l.pick("В " + year + " году в ГИА-9 получено " + RussianFormat.count(nine, "результат", "результата",
        "результатов") + ", в ГИА-11 — " + eleven + "; отметок «2» — " + twos + ", результатов ЕГЭ ниже минимального балла — " + below
        + ". Средний балл — тестовый для ЕГЭ, первичный для ОГЭ и ГВЭ; «в резервные сроки» — результаты пересдач.",
        "ГИА " + year + ": " + nine + " results in grade 9, " + eleven + " in grade 11.")));
    out.add(new Table("gia", l.pick("Результаты государственной итоговой аттестации, ", "State final attestation, ") + year,
        List.of(Row.of(l.pick("Экзамен", "Exam"), l.pick("Предмет", "Subject"), l.pick("Участников", "Participants"),
            l.pick("Средний балл", "Mean score"), "«5»", "«4»", "«3»", "«2»", l.pick("Ниже минимума", "Below minimum"),
            l.pick("В резервные сроки", "Reserve days"))), rows, List.of(14, 22, 9, 9, 6, 6, 6, 6, 10, 12)));
    return out;
  }

  /** ВПР by work: marks, the comparison with journal marks and the classes that stand out. */
  static List<Block> vpr(Optional<VprAnalysisResult> result, Language l) {
    if (result.isEmpty() || result.get().schools().isEmpty()) {
      return List.of();
    }
    VprAnalysisResult r = result.get();
    List<Row> rows = new ArrayList<>();
    for (VprSchoolResult s : r.schools()) {
      VprCounts c = s.counts();
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(s.work().subject().name() + ", " + s.work().grade().value() + " кл."),
          Numbers.integer(c.participants())));
      for (long m : s.marks().asList()) {
        cells.add(s.marks().total() == 0 ? Cell.text(RussianFormat.NO_DATA) : Numbers.integer(m));
      }
      cells.add(Numbers.decimal(c.meanPrimaryScore(), 1));
      cells.add(Numbers.percentCell(c.lowered(), c.compared()));
      cells.add(Numbers.percentCell(c.confirmed(), c.compared()));
      cells.add(Numbers.percentCell(c.raised(), c.compared()));
      rows.add(Row.of(cells));
    }
    VprCounts t = r.total();
    List<Block> out = new ArrayList<>();
    StringBuilder text = new StringBuilder(l.pick("ВПР написали " + RussianFormat.count(t.participants(), "участник", "участника",
        "участников") + " в " + RussianFormat.count(r.schools().size(), "работе", "работах", "работах") + "; отметку по журналу "
        + "подтвердили " + Numbers.shareText(t.confirmed(), t.compared()) + ", понизили " + Numbers.shareText(t.lowered(), t.compared()) + ", повысили "
        + Numbers.shareText(t.raised(), t.compared()) + " сравнённых участников.", t.participants() + " participants in " + r.schools().size()
        + " works."));
    Map<String, List<String>> byClass = new TreeMap<>();
    r.classes().stream().filter(VprClassResult::marked).forEach(c -> byClass.computeIfAbsent(c.className().toString(),
        k -> new ArrayList<>()).add(c.work().subject().name().toLowerCase(java.util.Locale.ROOT)));
    List<String> flagged = byClass.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
        .toList();
    if (!flagged.isEmpty()) {
      text.append(l.pick(" Требуют проверки объективности текущего оценивания классы: " + String.join(", ", flagged)
          + " — их результаты заметно расходятся с отметками по журналу (см. анализ ВПР).", " Classes to check: "
          + String.join(", ", flagged) + "."));
    }
    out.add(Paragraph.text(text.toString()));
    out.add(new Table("vpr", l.pick("Результаты ВПР по работам", "ВПР by work"), List.of(Row.of(l.pick("Работа", "Work"),
        l.pick("Участников", "Participants"), "«2»", "«3»", "«4»", "«5»", l.pick("Средний балл", "Mean score"),
        l.pick("Понизили, %", "Lowered, %"), l.pick("Подтвердили, %", "Confirmed, %"), l.pick("Повысили, %", "Raised, %"))),
        rows, List.of(22, 10, 6, 6, 6, 6, 10, 11, 12, 11)));
    return out;
  }

  /** Olympiads and contests of the year by level: participations, winners, prize-winners, students. */
  static List<Block> olympiads(SchoolData data, int year, Language l) {
    List<ContestResult> all = data.contests().stream().filter(c -> c.date().getYear() == year).toList();
    if (all.isEmpty()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (ContestLevel level : ContestLevel.values()) {
      List<ContestResult> at = all.stream().filter(c -> c.level() == level).toList();
      if (at.isEmpty()) {
        continue;
      }
      rows.add(Row.of(List.of(Cell.text(level.russianName()), Numbers.integer(at.size()),
          Numbers.integer(at.stream().map(ContestResult::studentId).distinct().count()),
          Numbers.integer(at.stream().filter(c -> c.status() == ContestStatus.WINNER).count()),
          Numbers.integer(at.stream().filter(c -> c.status() == ContestStatus.PRIZE_WINNER).count()))));
    }
    long winners = all.stream().filter(c -> c.status() != ContestStatus.PARTICIPANT).count();
    List<Block> out = new ArrayList<>();
    out.add(Paragraph.text(l.pick("В " + year + " году обучающиеся приняли участие в олимпиадах и конкурсах "
        + RussianFormat.count(all.size(), "раз", "раза", "раз") + " ("
        + RussianFormat.count(all.stream().map(ContestResult::studentId).distinct().count(), "обучающийся", "обучающихся",
            "обучающихся") + "); победителей и призёров — " + winners + ".", "Olympiads " + year + ": " + all.size()
        + " participations, " + winners + " winners and prize-winners.")));
    out.add(new Table("olympiads", l.pick("Участие в олимпиадах и конкурсах по уровням, ", "Olympiads by level, ") + year,
        List.of(Row.of(l.pick("Уровень", "Level"), l.pick("Участий", "Participations"), l.pick("Обучающихся", "Students"),
            l.pick("Победителей", "Winners"), l.pick("Призёров", "Prize-winners"))), rows, List.of(30, 17, 17, 18, 18)));
    return out;
  }

  /** «Выводы»: the problems the management-cycle rules found, most severe first, or that none was found. */
  /** The surveys of the reporting period: a sentence per survey and the summary table; empty without surveys. */
  static List<Block> surveys(SchoolData data, Language l) {
    List<io.github.vsoko.analytics.survey.SurveySummary> surveys =
        io.github.vsoko.analytics.survey.SurveyAnalysis.analyse(data, data.period());
    if (surveys.isEmpty()) {
      return List.of();
    }
    List<Block> out = new ArrayList<>();
    StringBuilder text = new StringBuilder(l.pick("В отчётном периоде проведено анкетирование: ", "Surveys of the period: "));
    for (int i = 0; i < surveys.size(); i++) {
      io.github.vsoko.analytics.survey.SurveySummary s = surveys.get(i);
      text.append(i == 0 ? "" : "; ").append(l.pick(s.group().title(), s.group().name().toLowerCase(java.util.Locale.ROOT)))
          .append(" (").append(RussianFormat.date(s.date())).append(l.pick(", ответили ", ", answered ")).append(s.respondents())
          .append(") — ").append(l.pick("доля положительных ответов ", "positive share "))
          .append(s.satisfaction().map(p -> RussianFormat.number(p) + "\u00a0%").orElse(RussianFormat.NO_DATA));
    }
    out.add(Paragraph.text(text.append('.').toString()));
    out.add(SurveyReport.summaryTable(surveys, l));
    return out;
  }

  static List<Block> conclusions(List<Finding> findings, Language l) {
    List<Block> out = new ArrayList<>();
    if (findings.isEmpty()) {
      out.add(Paragraph.text(l.pick("Правила управленческого цикла проблем по данным отчётного периода не выявили.",
          "The management-cycle rules found no problem in the data.")));
      return out;
    }
    out.add(Paragraph.text(l.pick("По данным самообследования правила управленческого цикла выявили "
        + RussianFormat.count(findings.size(), "проблему", "проблемы", "проблем") + "; по каждой готовятся управленческое решение "
        + "и адресные рекомендации с ответственными и сроками.", findings.size() + " problems found.")));
    List<ListItem> items = new ArrayList<>();
    findings.stream().sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::id))
        .forEach(f -> items.add(ListItem.warning(f.observation())));
    out.add(new ListBlock(items));
    return out;
  }

  /** The value of the previous year and the change: percentage points for shares, the difference for counts and means. */
  static List<Cell> previousAndChange(Optional<IndicatorValue> previous, IndicatorValue now, ReportOptions options) {
    if (previous.isEmpty()) {
      return List.of(Cell.text(RussianFormat.NO_DATA), Cell.text("—"));
    }
    IndicatorValue p = previous.get();
    Cell before = SelfAssessmentReport.valueCell(p, options);
    Optional<BigDecimal> a = number(p);
    Optional<BigDecimal> b = number(now);
    if (a.isEmpty() || b.isEmpty()) {
      return List.of(before, Cell.text("—"));
    }
    BigDecimal d = b.get().subtract(a.get());
    String unit = now instanceof Share ? options.language().pick(" п. п.", " pp") : "";
    String text = (d.signum() > 0 ? "+" : d.signum() < 0 ? "−" : "") + RussianFormat.number(d.abs()) + unit;
    return List.of(before, Cell.number(text, d, CellKind.DECIMAL));
  }

  private static Optional<BigDecimal> number(IndicatorValue v) {
    if (v instanceof Count c) {
      return Optional.of(BigDecimal.valueOf(c.value()));
    } else if (v instanceof Share s) {
      return s.percent().map(x -> x.setScale(1, java.math.RoundingMode.HALF_UP));
    } else if (v instanceof Mean m) {
      return Optional.of(m.value().setScale(2, java.math.RoundingMode.HALF_UP));
    }
    return Optional.empty();
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? RussianFormat.number(RussianFormat.round(v.getAsDouble(), 1)) + "\u00a0%" : RussianFormat.NO_DATA;
  }

  private static String decimal(OptionalDouble v) {
    return v.isPresent() ? RussianFormat.number(RussianFormat.round(v.getAsDouble(), 2)) : RussianFormat.NO_DATA;
  }

}
