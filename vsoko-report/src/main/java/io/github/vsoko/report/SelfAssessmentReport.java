package io.github.vsoko.report;

import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.SelfAssessmentSection;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.indicators.ValidationWarning;
import io.github.vsoko.model.framework.QualityArea;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.DestinationKind;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.GraduateDestination;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.VprResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The self-assessment report (отчёт о результатах самообследования, orders № 462 / № 1218): a title
 * block with «УТВЕРЖДАЮ»; the analytical part with one section per area of п. 6 of order № 462, each
 * filled from the data that exists (tables, charts, indicator values) and marked as a gap to complete
 * by hand where there is none; the indicator table of order № 1324; the consistency warnings as an
 * appendix. Only aggregates appear: no student or staff record is ever printed.
 *
 * @since 0.1.0
 */
public final class SelfAssessmentReport {
  private SelfAssessmentReport() {}

  /** The report without a plan of functioning. */
  public static Report build(SchoolData data, EvaluationResult indicators, ReportOptions options) {
    return build(data, indicators, Optional.empty(), options);
  }

  /**
   * The report; a plan of functioning, if given, fills the section on the ВСОКО.
   *
   * @param data the organization's data for the reporting year
   * @param indicators the order № 1324 set evaluated on that data
   * @param plan the plan of functioning of the ВСОКО, if any
   * @param options language, value format, date
   */
  public static Report build(SchoolData data, EvaluationResult indicators, Optional<VsokoPlan> plan, ReportOptions options) {
    return build(data, indicators, plan, SelfAssessmentAnalyses.none(), options);
  }

  /**
   * The report with its analytical part written from the analyses: attestation by level and class, ГИА by subject,
   * ВПР by work, the conclusions of the management-cycle rules and, when the previous year is given, the columns
   * «предыдущий год» and «изменение» of the indicator table.
   *
   * @param data the organization's data for the reporting year
   * @param indicators the order № 1324 set evaluated on that data
   * @param plan the plan of functioning of the ВСОКО, if any
   * @param analyses what the analytical part is written from (see {@link SelfAssessmentAnalyses})
   * @param options language, value format, date, approval
   */
  public static Report build(SchoolData data, EvaluationResult indicators, Optional<VsokoPlan> plan,
      SelfAssessmentAnalyses analyses, ReportOptions options) {
    Language l = options.language();
    Organization org = data.organization();
    int year = data.period().end().getYear();
    LocalDate date = options.date().orElse(data.period().end());
    boolean school = org.kind() == OrganizationKind.GENERAL;
    Builder b = new Builder(indicators, options);

    b.text(options.approval().councilLine(l));
    b.heading(1, l.pick("Аналитическая часть", "Analytical part"));
    b.text(l.pick("Самообследование проведено в соответствии с Порядком проведения самообследования образовательной "
        + "организацией (приказ Минобрнауки России от 14.06.2013 № 462, в ред. приказа от 14.12.2017 № 1218). Отчётный "
        + "период — " + year + " календарный год; численные показатели приведены по состоянию на "
        + Labels.date(data.period().asOfDate()) + ".",
        "The self-assessment follows order No. 462 of 14.06.2013 as amended by order No. 1218 of 14.12.2017. Reporting "
        + "period: calendar year " + year + "; stock values as of " + data.period().asOfDate() + "."));

    b.heading(2, "1. " + l.pick("Оценка образовательной деятельности", "Educational activity"));
    if (org.details().isEmpty()) {
      b.text(org.fullName() + (org.inn().map(i -> l.pick(", ИНН ", ", INN ") + i).orElse("")) + " — "
          + org.kind().russianName() + ".");
    }
    b.blocks.add(SelfAssessmentSections.generalInformation(org, l));
    SelfAssessmentSections.programmes(data, l).ifPresent(b.blocks::add);
    b.indicators(SelfAssessmentSection.CONTINGENT);
    if (school) {
      classes(b, data, l);
    }
    b.gap(l.pick("режим работы организации." + (org.details().isEmpty() ? " Общие сведения (учредитель, лицензия, "
        + "аккредитация, контакты) не заданы в данных организации." : ""), "working hours."));

    b.heading(2, "2. " + l.pick("Оценка системы управления организации", "Management system"));
    b.blocks.addAll(SelfAssessmentSections.participants(analyses.participants(), l));
    b.blocks.addAll(SelfAssessmentSections.management(plan, l));
    b.gap(analyses.participants().isEmpty()
        ? l.pick("структура и коллегиальные органы управления (общее собрание работников, педагогический совет, "
            + "управляющий совет), их компетенции; взаимодействие с родителями (законными представителями).",
            "management structure and bodies, their powers; work with parents.")
        : l.pick("схема структуры управления; взаимодействие с родителями (законными представителями).",
            "management structure; work with parents."));

    b.heading(2, "3. " + l.pick("Оценка содержания и качества подготовки обучающихся", "Content and quality of education"));
    if (school && !analyses.attestationByLevel().isEmpty()) {
      b.heading(3, l.pick("Промежуточная аттестация", "Intermediate attestation"));
      b.blocks.addAll(SelfAssessmentSections.attestation(analyses, l));
    }
    boolean any = b.indicators(SelfAssessmentSection.ATTESTATION);
    if (school && analyses.attestationByLevel().isEmpty()) {
      marks(b, data, l);
    }
    if (!analyses.gia().isEmpty()) {
      b.heading(3, l.pick("Государственная итоговая аттестация", "State final attestation"));
      b.blocks.addAll(SelfAssessmentSections.gia(analyses.gia(), data, year, l));
    }
    any |= b.indicators(SelfAssessmentSection.GIA);
    if (school) {
      b.heading(3, l.pick("Всероссийские проверочные работы", "ВПР"));
      List<Block> vpr = SelfAssessmentSections.vpr(analyses.vpr(), l);
      if (vpr.isEmpty()) {
        vpr(b, data, l);
      } else {
        b.blocks.addAll(vpr);
      }
    }
    List<Block> olympiads = SelfAssessmentSections.olympiads(data, year, l);
    if (!olympiads.isEmpty()) {
      b.heading(3, l.pick("Олимпиады и конкурсы", "Olympiads and contests"));
      b.blocks.addAll(olympiads);
    }
    any |= b.indicators(SelfAssessmentSection.OLYMPIADS);
    if (!school && !any) {
      b.gap(l.pick("результаты освоения образовательных программ.", "learning outcomes."));
    }

    b.heading(2, "4. " + l.pick("Оценка организации учебного процесса", "Organization of the educational process"));
    b.indicators(SelfAssessmentSection.FORMS);
    b.gap(l.pick("учебный план, календарный учебный график, режим занятий и сменность.",
        "curriculum, calendar, timetable and shifts."));

    b.heading(2, "5. " + l.pick("Оценка востребованности выпускников", "Demand for graduates"));
    destinations(b, data, year, l);

    b.heading(2, "6. " + l.pick("Оценка качества кадрового обеспечения", "Staffing"));
    if (!b.indicators(SelfAssessmentSection.STAFF)) {
      b.gap(l.pick("состав и квалификация педагогических работников.", "staff and their qualification."));
    }

    b.heading(2, "7. " + l.pick("Оценка качества учебно-методического обеспечения", "Teaching materials"));
    b.indicators(SelfAssessmentSection.TEXTBOOKS);
    b.gap(l.pick("методическая работа, рабочие программы, учебники по федеральному перечню.",
        "methodical work, syllabi, textbooks from the federal list."));

    b.heading(2, "8. " + l.pick("Оценка качества библиотечно-информационного обеспечения", "Library and information"));
    if (!b.indicators(SelfAssessmentSection.LIBRARY)) {
      b.gap(l.pick("фонд библиотеки, доступ к информационным ресурсам.", "library and access to information."));
    }

    b.heading(2, "9. " + l.pick("Оценка материально-технической базы", "Facilities"));
    if (!b.indicators(SelfAssessmentSection.FACILITIES)) {
      b.gap(l.pick("здания, помещения, оборудование.", "buildings, rooms, equipment."));
    }

    b.heading(2, "10. " + l.pick("Оценка функционирования внутренней системы оценки качества образования",
        "Internal quality assessment system (ВСОКО)"));
    vsoko(b, plan, l);
    List<Block> surveys = SelfAssessmentSections.surveys(data, l);
    b.heading(3, l.pick("Удовлетворённость участников образовательных отношений", "Satisfaction surveys"));
    if (surveys.isEmpty()) {
      b.gap(l.pick("результаты анкетирования удовлетворённости обучающихся и родителей (законных представителей) — в данных "
          + "организации их нет.", "satisfaction survey results: none in the data."));
    } else {
      b.blocks.addAll(surveys);
    }

    b.heading(2, l.pick("Выводы по результатам самообследования", "Conclusions"));
    b.blocks.addAll(SelfAssessmentSections.conclusions(analyses.findings(), l));

    b.heading(1, l.pick("Результаты анализа показателей деятельности", "Performance indicators"));
    b.blocks.add(analyses.previousYear().isPresent() ? indicatorTable(indicators, analyses.previousYear().get(), options)
        : indicatorTable(indicators, options));
    if (analyses.previousYearFromHistory()) {
      b.blocks.add(Paragraph.note(l.pick("Столбец «Предыдущий год» рассчитан по истории классов и отметкам этих же данных "
          + "(отдельного документа за " + (year - 1) + " год не было): только контингент и промежуточная аттестация; "
          + "остальные показатели прошлого года — «нет данных».", "The previous year is computed from the class history and marks of the same "
          + "data.")));
    }
    b.heading(1, l.pick("Приложение. Предупреждения проверки согласованности показателей",
        "Appendix. Consistency warnings"));
    warnings(b, indicators.warnings(), l);

    String title = l.pick("Отчёт о результатах самообследования", "Self-assessment report");
    return new Report("self-assessment", title + " " + org.shortName() + l.pick(" за ", " for ") + year
        + l.pick(" год", ""), Optional.of(org.fullName()), Optional.of(Approval.byHead(org.detailsOrEmpty().headPosition().orElse(options.headPosition()), org.shortName(),
            approval(options.approval(), org), l)),
        b.blocks, date, l);
  }

  /** The approval details, the head's name taken from the organization's details («М. Б. Светлова») when not given. */
  private static ApprovalDetails approval(ApprovalDetails given, Organization org) {
    if (given.headName().isPresent()) {
      return given;
    }
    return org.detailsOrEmpty().headName().map(given::withHead).orElse(given);
  }

  /** The indicator table of order № 1324: «№ п/п», «Показатели», «Единица измерения», «Значение». */
  public static Table indicatorTable(EvaluationResult indicators, ReportOptions options) {
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    for (IndicatorResult r : indicators.results()) {
      IndicatorDefinition d = r.definition();
      if (d.isHeading()) {
        rows.add(new Row(List.of(Cell.text(d.code()), Cell.text(d.title()).spanning(3)), RowKind.SECTION, 0));
      } else {
        rows.add(new Row(List.of(Cell.text(d.code()), Cell.text(d.title()), Cell.text(d.unit().label()),
            valueCell(r.value(), options)), RowKind.NORMAL, indent(d)));
      }
    }
    return new Table("indicators", l.pick("Показатели деятельности, подлежащей самообследованию", "Indicators"),
        List.of(Row.of(l.pick("№ п/п", "No."), l.pick("Показатели", "Indicator"), l.pick("Единица измерения", "Unit"),
            l.pick("Значение", "Value"))), rows, List.of(8, 62, 14, 16));
  }

  /**
   * The indicator table with the previous year beside it: «№ п/п», «Показатели», «Единица измерения», «Предыдущий
   * год», «Значение», «Изменение» (percentage points for shares).
   */
  public static Table indicatorTable(EvaluationResult indicators, EvaluationResult previous, ReportOptions options) {
    Language l = options.language();
    List<Row> rows = new ArrayList<>();
    for (IndicatorResult r : indicators.results()) {
      IndicatorDefinition d = r.definition();
      if (d.isHeading()) {
        rows.add(new Row(List.of(Cell.text(d.code()), Cell.text(d.title()).spanning(5)), RowKind.SECTION, 0));
      } else {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(d.code()), Cell.text(d.title()), Cell.text(d.unit().label())));
        List<Cell> change = SelfAssessmentSections.previousAndChange(previous.result(d.code()).map(IndicatorResult::value),
            r.value(), options);
        cells.add(change.get(0));
        cells.add(valueCell(r.value(), options));
        cells.add(change.get(1));
        rows.add(new Row(cells, RowKind.NORMAL, indent(d)));
      }
    }
    return new Table("indicators", l.pick("Показатели деятельности, подлежащей самообследованию", "Indicators"),
        List.of(Row.of(l.pick("№ п/п", "No."), l.pick("Показатели", "Indicator"), l.pick("Единица измерения", "Unit"),
            l.pick("Предыдущий год", "Previous year"), l.pick("Значение", "Value"), l.pick("Изменение", "Change"))), rows,
        List.of(7, 47, 12, 12, 12, 10));
  }

  private static int indent(IndicatorDefinition d) {
    return Math.max(0, d.code().split("\\.").length - 2);
  }

  static Cell valueCell(IndicatorValue value, ReportOptions options) {
    String text = options.valueFormat().format(value);
    if (value instanceof Count c) {
      return Cell.number(text, BigDecimal.valueOf(c.value()), CellKind.INTEGER);
    }
    if (value instanceof io.github.vsoko.indicators.Share s && s.percent().isPresent()) {
      return Cell.share(text, s.numerator(), s.percent().get().setScale(1, RoundingMode.HALF_UP));
    }
    if (value instanceof io.github.vsoko.indicators.Mean m) {
      return Cell.number(text, m.value().setScale(2, RoundingMode.HALF_UP), CellKind.DECIMAL);
    }
    return Cell.text(text);
  }

  private static void classes(Builder b, SchoolData data, Language l) {
    LocalDate asOf = data.period().asOfDate();
    List<Student> onRoll = data.students().stream()
        .filter(s -> !s.enrolledOn().isAfter(asOf) && s.leftOn().map(d -> d.isAfter(asOf)).orElse(true)).toList();
    if (onRoll.isEmpty()) {
      return;
    }
    List<Row> rows = new ArrayList<>();
    for (EducationLevel level : EducationLevel.values()) {
      List<Student> at = onRoll.stream().filter(s -> s.className().level() == level).toList();
      long classes = at.stream().map(Student::className).distinct().count();
      rows.add(Row.of(List.of(Cell.text(level.abbreviation() + " — " + level.russianName()), Numbers.integer(classes), Numbers.integer(at.size()))));
    }
    rows.add(new Row(List.of(Cell.text(l.pick("Итого", "Total")), Numbers.integer(onRoll.stream().map(Student::className).distinct()
        .count()), Numbers.integer(onRoll.size())), RowKind.NORMAL, 0));
    b.blocks.add(new Table("classes", l.pick("Классы и обучающиеся по уровням образования на ", "Classes and students by level, ")
        + Labels.date(asOf), List.of(Row.of(l.pick("Уровень образования", "Level"), l.pick("Классов", "Classes"),
            l.pick("Обучающихся", "Students"))), rows, List.of(60, 20, 20)));
  }

  private static void marks(Builder b, SchoolData data, Language l) {
    Map<MarkValue, Long> counts = data.marks().stream().map(AttestationMark::value).filter(MarkValue::isNumeric)
        .collect(Collectors.groupingBy(m -> m, TreeMap::new, Collectors.counting()));
    if (counts.isEmpty()) {
      b.gap(l.pick("отметки промежуточной аттестации не загружены.", "no attestation marks loaded."));
      return;
    }
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<String> categories = new ArrayList<>();
    List<BigDecimal> shares = new ArrayList<>();
    for (MarkValue m : List.of(MarkValue.TWO, MarkValue.THREE, MarkValue.FOUR, MarkValue.FIVE)) {
      categories.add("«" + m.label() + "»");
      shares.add(Numbers.percent(counts.getOrDefault(m, 0L), total));
    }
    b.blocks.add(new Chart("marks", l.pick("Распределение отметок промежуточной аттестации, % от ", "Marks, % of ") + total
        + l.pick(" " + io.github.vsoko.indicators.RussianFormat.plural(total, "отметки", "отметок", "отметок"), " marks"), ChartKind.BAR,
        categories, List.of(new ChartSeries(l.pick("Доля отметок", "Share of marks"),
            shares)), "%"));
  }

  private static void vpr(Builder b, SchoolData data, Language l) {
    if (data.vpr().isEmpty()) {
      b.gap(l.pick("результаты ВПР не загружены.", "no ВПР results loaded."));
      return;
    }
    Map<String, List<VprResult>> works = data.vpr().stream().collect(Collectors.groupingBy(
        v -> String.format("%04d|%02d|%s", v.year(), v.grade().value(), v.subject().name()), TreeMap::new, Collectors.toList()));
    List<Row> rows = new ArrayList<>();
    works.forEach((key, results) -> {
      String[] k = key.split("\\|");
      long absent = results.stream().filter(VprResult::absent).count();
      List<VprResult> written = results.stream().filter(v -> !v.absent() && v.primaryScore().isPresent()).toList();
      BigDecimal mean = written.isEmpty() ? null : BigDecimal.valueOf(written.stream().mapToInt(v -> v.primaryScore().getAsInt())
          .sum()).divide(BigDecimal.valueOf(written.size()), 1, RoundingMode.HALF_UP);
      rows.add(Row.of(List.of(Cell.text(k[2]), Cell.text(Integer.parseInt(k[1]) + ""), Cell.text(k[0]), Numbers.integer(written.size()),
          Numbers.integer(absent), mean == null ? Cell.text("—") : Numbers.decimal(mean))));
    });
    b.blocks.add(new Table("vpr", l.pick("Всероссийские проверочные работы", "ВПР"), List.of(Row.of(l.pick("Предмет", "Subject"),
        l.pick("Класс", "Grade"), l.pick("Год", "Year"), l.pick("Писали", "Wrote"), l.pick("Отсутствовали", "Absent"),
        l.pick("Средний первичный балл", "Mean primary score"))), rows, List.of(30, 10, 10, 15, 15, 20)));
  }

  private static void destinations(Builder b, SchoolData data, int year, Language l) {
    List<GraduateDestination> ds = data.destinations().stream().filter(d -> d.year() == year).toList();
    if (ds.isEmpty()) {
      b.gap(l.pick("сведения о поступлении и трудоустройстве выпускников не загружены.", "no graduate destinations loaded."));
      return;
    }
    List<Row> rows = new ArrayList<>();
    for (EducationLevel level : List.of(EducationLevel.BASIC, EducationLevel.SECONDARY)) {
      List<GraduateDestination> at = ds.stream().filter(d -> d.level() == level).toList();
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(level.abbreviation()));
      cells.add(Numbers.integer(at.size()));
      for (DestinationKind k : DestinationKind.values()) {
        cells.add(Numbers.integer(at.stream().filter(d -> d.destination() == k).count()));
      }
      rows.add(Row.of(cells));
    }
    List<String> head = new ArrayList<>(List.of(l.pick("Уровень", "Level"), l.pick("Выпускников", "Graduates")));
    for (DestinationKind k : DestinationKind.values()) {
      head.add(k.russianName());
    }
    List<Integer> widths = new ArrayList<>(List.of(12, 12));
    for (int i = 0; i < DestinationKind.values().length; i++) {
      widths.add(76 / DestinationKind.values().length);
    }
    b.blocks.add(new Table("destinations", l.pick("Востребованность выпускников ", "Graduates of ") + year,
        List.of(Row.of(head.toArray(String[]::new))), rows, widths));
  }

  private static void vsoko(Builder b, Optional<VsokoPlan> plan, Language l) {
    if (plan.isEmpty()) {
      b.gap(l.pick("положение о ВСОКО, план функционирования, проведённые процедуры и принятые управленческие решения.",
          "the ВСОКО regulation, its plan, procedures held and decisions taken."));
      return;
    }
    VsokoPlan p = plan.get();
    b.text(l.pick("ВСОКО функционирует по плану на " + p.year() + " учебный год: " + p.items().size()
        + " позиций оценки по трём направлениям.", "The ВСОКО runs by its plan for " + p.year() + ": " + p.items().size()
        + " items in three areas."));
    List<Row> rows = new ArrayList<>();
    for (QualityArea area : QualityArea.values()) {
      List<PlanItem> items = p.items().stream().filter(i -> i.area() == area).toList();
      rows.add(Row.of(List.of(Cell.text(area.title()), Numbers.integer(items.stream().map(PlanItem::object).distinct().count()),
          Numbers.integer(items.size()))));
    }
    b.blocks.add(new Table("vsoko", l.pick("Объекты оценки по направлениям ВСОКО", "Objects of assessment by area"),
        List.of(Row.of(l.pick("Направление", "Area"), l.pick("Объектов", "Objects"), l.pick("Позиций плана", "Plan items"))),
        rows, List.of(60, 20, 20)));
    b.gap(l.pick("результаты проведённых процедур оценки и принятые управленческие решения.",
        "results of the procedures held and management decisions."));
  }

  private static void warnings(Builder b, List<ValidationWarning> warnings, Language l) {
    if (warnings.isEmpty()) {
      b.text(l.pick("Нарушений согласованности показателей не выявлено.", "No consistency warnings."));
      return;
    }
    List<Row> rows = warnings.stream().map(w -> Row.of(w.rule(), w.message(), String.join(", ", w.codes()))).toList();
    b.blocks.add(new Table("warnings", l.pick("Предупреждения", "Warnings"), List.of(Row.of(l.pick("Правило", "Rule"),
        l.pick("Сообщение", "Message"), l.pick("Показатели", "Indicators"))), rows, List.of(20, 60, 20)));
  }

  /** Collects blocks; indicator subsections take the rows of the given codes and their parts. */
  private static final class Builder {
    final List<Block> blocks = new ArrayList<>();
    final EvaluationResult result;
    final ReportOptions options;

    Builder(EvaluationResult result, ReportOptions options) {
      this.result = result;
      this.options = options;
    }

    void heading(int level, String text) {
      blocks.add(new Heading(level, text));
    }

    void text(String text) {
      blocks.add(Paragraph.text(text));
    }

    void gap(String text) {
      blocks.add(Paragraph.gap(text));
    }

    /** The rows the set puts into a section, and their parts; whether there were any. */
    boolean indicators(SelfAssessmentSection section) {
      List<String> codes = result.codesIn(section);
      String id = section.name().toLowerCase(java.util.Locale.ROOT);
      String caption = options.language().pick(section.russianTitle(), section.englishTitle());
      List<Row> rows = new ArrayList<>();
      for (IndicatorResult r : result.results()) {
        String code = r.definition().code();
        boolean wanted = false;
        for (String c : codes) {
          wanted |= code.equals(c) || code.startsWith(c + ".");
        }
        if (wanted && r.definition().unit() != Unit.NONE) {
          rows.add(new Row(List.of(Cell.text(code), Cell.text(r.definition().title()), valueCell(r.value(), options), base(r)),
              RowKind.NORMAL, indent(r.definition())));
        }
      }
      if (rows.isEmpty()) {
        return false;
      }
      Language l = options.language();
      blocks.add(new Table(id, caption, List.of(Row.of(l.pick("№ п/п", "No."), l.pick("Показатель", "Indicator"),
          l.pick("Значение", "Value"), l.pick("База (знаменатель)", "Base"))), rows, List.of(8, 52, 20, 20)));
      return true;
    }

    /** What a share is taken of: the base's size and what it is («697 — общая численность учащихся (1.1)»). */
    private Cell base(IndicatorResult r) {
      if (r.value() instanceof io.github.vsoko.indicators.Share share) {
        return Cell.text(share.denominator() + r.definition().denominator().map(d -> " — " + d).orElse(""));
      }
      if (r.value() instanceof io.github.vsoko.indicators.Missing && r.definition().unit() == Unit.PERSONS_SHARE) {
        return Cell.text(io.github.vsoko.indicators.RussianFormat.NO_DATA);
      }
      return Cell.text("");
    }
  }
}
