package io.github.vsoko.app;

import io.github.vsoko.analytics.vpr.TaskLevel;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.model.school.VprResult;

import io.github.vsoko.analytics.effectiveness.EffectivenessSheet;
import io.github.vsoko.analytics.effectiveness.SheetEvaluation;
import io.github.vsoko.analytics.effectiveness.SheetInputs;
import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.RussianFormat;
import io.github.vsoko.indicators.ValidationWarning;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.model.check.ModelCheck;
import io.github.vsoko.model.check.ModelCheckFinding;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.RecommendationStatus;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.Block;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.Link;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.PlanReport;
import io.github.vsoko.report.RecommendationsReport;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.report.RoadMapReport;
import io.github.vsoko.report.Row;
import io.github.vsoko.report.Table;
import io.github.vsoko.report.EffectivenessSheetReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole of vsoko on the embedded demo school: the self-assessment in every format, the plan with its cyclogram,
 * the ВПР study with charts, the road map, the addressed recommendations and the effectiveness sheet, with an index
 * page of links, key indicators and warnings.
 *
 * @since 0.1.0
 */
public final class DemoWorkflow {
  private static final List<String> KEY_INDICATORS =
      List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.13", "1.19", "1.23", "1.29");

  private final IndicatorRegistry registry;
  private final ReportFiles files;

  /** Over the indicator sets of a registry; {@code files} gives the file names the index links to. */
  public DemoWorkflow(IndicatorRegistry registry, ReportFiles files) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.files = Objects.requireNonNull(files, "files");
  }

  /** Runs everything on the demo school. */
  public DemoOutcome run(DemoSchool demo, ReportOptions reportOptions) {
    ReportOptions options = reportOptions.withRegistry(registry);
    Language l = options.language();
    SchoolData data = demo.data();
    List<DemoDocument> documents = new ArrayList<>();
    // the self-assessment (the longest) is worked out beside the rest: they read the same immutable data
    java.util.concurrent.CompletableFuture<SelfAssessmentOutcome> selfAssessment =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new SelfAssessmentWorkflow(registry).run(
            SelfAssessmentRequest.of(data).withModel(demo.model()).withReportOptions(options)));
    Report plan = PlanReport.withCyclogram(demo.model().plan(), Optional.of(DemoSchool.TODAY), options);
    VprStudyOutcome vpr = new VprStudy().run("ВПР-2024", data.vpr(), VprStudyOptions.defaults().withTaskLevels(taskLevels(data))
        .withTitle(l.pick("Анализ результатов ВПР, 2024", "ВПР analysis, 2024"), Optional.of(DemoSchool.TODAY))
        .withReportOptions(options).withSchoolNames(data.organization().fisOkoLogin()
            .map(login -> java.util.Map.of(login, data.organization().shortName())).orElse(java.util.Map.of())),
        VprTeachers.of(data));
    SelfAssessmentOutcome self = Futures.join(selfAssessment);
    documents.add(new DemoDocument(self.report(), List.of("html", "md", "xlsx", "docx", "pdf", "csv", "json")));
    documents.add(new DemoDocument(plan, List.of("html", "xlsx", "docx", "pdf")));
    documents.add(new DemoDocument(vpr.report(), List.of("html", "docx", "pdf", "xlsx")));
    documents.add(new DemoDocument(RoadMapReport.build(demo.model().roadMaps().get(0), Optional.of(DemoSchool.TODAY), options),
        List.of("html")));
    documents.add(new DemoDocument(RecommendationsReport.build(l.pick("Адресные рекомендации", "Addressed recommendations"),
        demo.recommendations(), DemoSchool.YEAR, Optional.of(DemoSchool.TODAY), options), List.of("html")));
    SheetResult sheet = SheetEvaluation.evaluate(EffectivenessSheet.builtIn(), SheetInputs.of(data, DemoSchool.YEAR)
        .withModel(demo.model()).withRecommendations(demo.recommendations()), demo.sheetAnswers());
    ReportOptions signed = data.organization().detailsOrEmpty().headName()
        .map(n -> options.withApproval(options.approval().withHead(n))).orElse(options);
    documents.add(new DemoDocument(EffectivenessSheetReport.build(sheet, DemoSchool.TODAY, signed), List.of("html", "pdf")));
    SurveyOutcome surveys = new SurveyWorkflow().run(new SurveyRequest(data, data.period(), options));
    documents.add(new DemoDocument(surveys.report(), List.of("html", "docx")));
    documents.add(new DemoDocument(followUp(demo, options), List.of("html", "docx")));
    return new DemoOutcome(self.evaluation(), vpr, sheet, documents,
        index(demo, self.evaluation(), vpr, sheet, documents, options));
  }

  /**
   * The task levels of the demo's works: the generator makes the last two tasks of each work the advanced ones (as the
   * ВПР specifications do), the others basic.
   */
  private static VprTaskLevels taskLevels(SchoolData data) {
    VprTaskLevels levels = VprTaskLevels.none();
    java.util.Map<VprWork, List<String>> tasks = new java.util.TreeMap<>();
    for (VprResult r : data.vpr()) {
      if (!r.tasks().isEmpty()) {
        tasks.putIfAbsent(VprWork.of(r), r.tasks().stream().map(t -> t.task()).toList());
      }
    }
    for (var e : tasks.entrySet()) {
      List<String> labels = e.getValue();
      for (int i = 0; i < labels.size(); i++) {
        levels = levels.with(e.getKey(), labels.get(i), i >= labels.size() - 2 ? TaskLevel.ADVANCED : TaskLevel.BASIC);
      }
    }
    return levels;
  }

  private Report index(DemoSchool demo, EvaluationResult indicators, VprStudyOutcome vpr, SheetResult sheet,
      List<DemoDocument> documents, ReportOptions options) {
    Language l = options.language();
    SchoolData data = demo.data();
    int year = data.period().end().getYear();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.text(l.pick("Демонстрационная школа vsoko: данные за " + year + " год, ВСОКО на " + DemoSchool.YEAR
        + " учебный год. Все люди и коды вымышлены.", "The vsoko demo school: data for " + year + ", ВСОКО for "
        + DemoSchool.YEAR + ". Everyone and every code is fictional.")));

    blocks.add(new Heading(1, l.pick("Отчёты", "Reports")));
    List<ListItem> links = new ArrayList<>();
    for (DemoDocument d : documents) {
      List<Link> formats = d.formats().stream()
          .map(f -> new Link(files.fileName(d.report(), f).substring(d.report().kind().length() + 1).toUpperCase(Locale.ROOT),
              files.fileName(d.report(), f)))
          .toList();
      links.add(ListItem.linked(title(d.report(), l) + ":", formats));
    }
    blocks.add(new ListBlock(links));

    blocks.add(new Heading(1, l.pick("Основные показатели", "Key indicators")));
    ValueFormat format = ValueFormat.defaults();
    List<Row> rows = new ArrayList<>();
    for (String code : KEY_INDICATORS) {
      Optional<IndicatorResult> r = indicators.result(code);
      r.ifPresent(x -> rows.add(Row.of(code + ". " + x.definition().title(), format.format(x.value()))));
    }
    blocks.add(new Table("key-indicators", "", List.of(Row.of(l.pick("Показатель (приказ № 1324)", "Indicator (order № 1324)"),
        l.pick("Значение", "Value"))), rows, List.of(5, 2)));
    long compared = vpr.analysis().total().compared();
    blocks.add(ListBlock.of(List.of(
        l.pick("ВПР-2024: участников " + vpr.analysis().total().participants() + ", понизили отметку "
            + percent(vpr.analysis().total().lowered(), compared) + " %, подтвердили "
            + percent(vpr.analysis().total().confirmed(), compared) + " %, повысили "
            + percent(vpr.analysis().total().raised(), compared) + " %.",
            "ВПР 2024: " + vpr.analysis().total().participants() + " participants."),
        l.pick("Оценочный лист ВСОКО: " + sheet.total() + " из " + sheet.max() + " баллов, уровень «" + sheet.level().name()
            + "».", "Effectiveness sheet: " + sheet.total() + " of " + sheet.max() + "."),
        l.pick("Адресных рекомендаций: " + demo.recommendations().size() + ".",
            "Addressed recommendations: " + demo.recommendations().size() + "."))));

    blocks.add(new Heading(1, l.pick("Предупреждения", "Warnings")));
    List<ListItem> warnings = new ArrayList<>();
    for (ValidationWarning w : indicators.warnings()) {
      warnings.add(ListItem.warning(l.pick("Согласованность показателей: ", "Consistency: ") + w.message()));
    }
    for (VprSchoolResult s : vpr.analysis().schools()) {
      for (var marker : s.markers()) {
        warnings.add(ListItem.warning("ВПР, " + s.work() + ": " + l.pick(marker.russianText(s.work()), marker.englishText(s.work()))));
      }
    }
    for (Recommendation r : demo.recommendations()) {
      if (r.status() == RecommendationStatus.ISSUED && !r.findingIds().isEmpty()) {
        warnings.add(ListItem.warning(l.pick("Дефицит → адресная рекомендация: ", "Deficit → recommendation: ") + r.action()
            + " (" + r.deadline().format() + ")"));
      }
    }
    for (ModelCheckFinding f : ModelCheck.check(demo.model()).findings()) {
      warnings.add(ListItem.warning(l.pick("Модель ВСОКО: ", "ВСОКО model: ") + f));
    }
    if (warnings.isEmpty()) {
      warnings.add(ListItem.text(l.pick("Нет.", "None.")));
    }
    blocks.add(new ListBlock(warnings));
    blocks.add(Paragraph.note(l.pick("Сформировано vsoko; данные демонстрационные.", "Made by vsoko; the data are fictional.")));
    return new Report("index", data.organization().fullName(), Optional.of("vsoko — " + data.organization().shortName()),
        Optional.empty(), blocks, DemoSchool.TODAY, l);
  }

  /**
   * The management cycle closed: the recommendations after 2022/2023 checked against the school's 2023/2024 results on
   * 02.09.2024 — what was recorded, by the deadline or not, the control indicator then and now.
   */
  private Report followUp(DemoSchool demo, ReportOptions options) {
    ManagementCycleRequest now = new ManagementCycleRequest(List.of(demo.data()), Optional.of(DemoSchool.FOLLOW_UP_YEAR), List.of(),
        io.github.vsoko.analytics.vpr.VprScales.bundled(), io.github.vsoko.analytics.management.ManagementRules.of(List.of()),
        Optional.empty(), options);
    try {
      return new FollowUpWorkflow(registry).run(new FollowUpRequest(demo.previousRecommendations(), now, DemoSchool.FOLLOW_UP_YEAR,
          Optional.of(java.time.LocalDate.of(2024, 9, 2)))).report();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // no file is read: the data are in memory
    }
  }

  private static String title(Report report, Language l) {
    return switch (report.kind()) {
      case "self-assessment" -> l.pick("Отчёт о результатах самообследования (приказы № 462, № 1324)", "Self-assessment report");
      case "plan" -> l.pick("План функционирования ВСОКО и циклограмма", "Plan of functioning and cyclogram");
      case "vpr" -> l.pick("Анализ результатов ВПР: сравнение с отметками по журналу, распределения, маркеры объективности",
          "ВПР analysis");
      case "roadmap" -> l.pick("Дорожная карта", "Road map");
      case "recommendations" -> l.pick("Адресные рекомендации", "Addressed recommendations");
      case "follow-up" -> l.pick("Контроль исполнения рекомендаций прошлого года: было, цель, стало", "Follow-up of last year's recommendations");
      case "surveys" -> l.pick("Результаты анкетирования удовлетворённости", "Satisfaction surveys");
      case "effectiveness-sheet" -> l.pick("Оценочный лист эффективности функционирования ВСОКО", "Effectiveness sheet");
      default -> report.title();
    };
  }

  private static String percent(long part, long total) {
    return RussianFormat.percent(part, total, 1).map(RussianFormat::number).orElse(RussianFormat.NO_DATA);
  }
}
