package io.github.vsoko.cli;

import io.github.vsoko.cli.demo.DemoSchool;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.ValidationWarning;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.analytics.effectiveness.EffectivenessSheet;
import io.github.vsoko.analytics.effectiveness.SheetEvaluation;
import io.github.vsoko.analytics.effectiveness.SheetInputs;
import io.github.vsoko.analytics.effectiveness.SheetResult;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprDistributions;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.model.check.ModelCheck;
import io.github.vsoko.model.check.ModelCheckFinding;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.EffectivenessSheetReport;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.PlanReport;
import io.github.vsoko.report.RecommendationsReport;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.report.ReportRenderers;
import io.github.vsoko.report.RoadMapReport;
import io.github.vsoko.report.SelfAssessmentReport;
import io.github.vsoko.report.VprReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko demo}: the whole of vsoko on the embedded demo school, in one folder with an index page. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Всё на демонстрационной школе (МБОУ СОШ № 7, 2024 год): отчёт о самообследовании во всех форматах, план "
        + "функционирования ВСОКО с циклограммой, анализ ВПР с диаграммами, дорожная карта, адресные рекомендации, оценочный "
        + "лист; index.html — ссылки и сводка показателей и предупреждений.",
    footer = {"", "Пример:", "  java -jar vsoko.jar demo --out demo-output"})
final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "ПАПКА", description = "Папка для файлов (создаётся).")
  private Path out;

  private final Map<String, List<String>> written = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    Language language = VsokoCli.language(spec);
    ReportOptions options = ReportOptions.defaults().withLanguage(language);
    DemoSchool demo = DemoSchool.load();
    SchoolData data = demo.data();
    ReportRenderers renderers = ReportRenderers.discover();
    Files.createDirectories(out);

    EvaluationResult indicators = IndicatorEvaluator.evaluate(IndicatorRegistry.discover().requireSet("order1324.general"), data);
    write(renderers, SelfAssessmentReport.build(data, indicators, Optional.of(demo.model().plan()), options),
        "html", "md", "xlsx", "docx", "pdf", "csv", "json");
    write(renderers, PlanReport.withCyclogram(demo.model().plan(), Optional.of(DemoSchool.TODAY), options), "html", "xlsx", "docx");

    VprAnalysis analysis = new VprAnalysis(VprScales.bundled(), false);
    VprDistributions distributions = new VprDistributions(VprScales.bundled());
    data.vpr().forEach(r -> {
      analysis.accept("ВПР-2024", r);
      distributions.accept(r);
    });
    VprAnalysisResult vpr = analysis.result();
    write(renderers, VprReport.build(vpr, distributions.result(), VprTaskLevels.none(), language.pick("Анализ результатов ВПР, 2024",
        "ВПР analysis, 2024"), DemoSchool.TODAY, options), "html");
    write(renderers, RoadMapReport.build(demo.model().roadMaps().get(0), Optional.of(DemoSchool.TODAY), options), "html");
    write(renderers, RecommendationsReport.build(language.pick("Адресные рекомендации", "Addressed recommendations"),
        demo.recommendations(), DemoSchool.YEAR, Optional.of(DemoSchool.TODAY), options), "html");
    SheetResult sheet = SheetEvaluation.evaluate(EffectivenessSheet.builtIn(),
        SheetInputs.of(data, DemoSchool.YEAR).withModel(demo.model()).withRecommendations(demo.recommendations()), demo.sheetAnswers());
    write(renderers, EffectivenessSheetReport.build(sheet, DemoSchool.TODAY, options), "html");

    Path index = out.resolve("index.html");
    Files.writeString(index, index(data, indicators, vpr, sheet, demo, language).outerHtml(), StandardCharsets.UTF_8);
    written.values().forEach(files -> files.forEach(f -> VsokoCli.info(spec, "Записано: " + out.resolve(f))));
    VsokoCli.info(spec, "Откройте " + index.toAbsolutePath());
    return 0;
  }

  private void write(ReportRenderers renderers, Report report, String... formats) throws IOException {
    for (String f : formats) {
      Path file = renderers.write(report, f, out);
      written.computeIfAbsent(report.kind(), k -> new ArrayList<>()).add(file.getFileName().toString());
    }
  }

  private Document index(SchoolData data, EvaluationResult indicators, VprAnalysisResult vpr, SheetResult sheet, DemoSchool demo,
      Language l) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(true).charset(StandardCharsets.UTF_8);
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title("vsoko — " + data.organization().shortName());
    doc.head().appendElement("style").appendText("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60em;margin:2em auto;"
        + "padding:0 1em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:left;"
        + "vertical-align:top}td:last-child{white-space:nowrap}th{background:#eee}li{margin:.2em 0}.warn{color:#8a4b00}");
    Element body = doc.body();
    body.appendElement("h1").text(data.organization().fullName());
    body.appendElement("p").text(l.pick("Демонстрационная школа vsoko: данные за " + data.period().end().getYear()
        + " год, ВСОКО на " + DemoSchool.YEAR + " учебный год. Все люди и коды вымышлены.", "The vsoko demo school: data for "
        + data.period().end().getYear() + ", ВСОКО for " + DemoSchool.YEAR + ". Everyone and every code is fictional."));

    body.appendElement("h2").text(l.pick("Отчёты", "Reports"));
    Element list = body.appendElement("ul");
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("self-assessment", l.pick("Отчёт о результатах самообследования (приказы № 462, № 1324)", "Self-assessment report"));
    titles.put("plan", l.pick("План функционирования ВСОКО и циклограмма", "Plan of functioning and cyclogram"));
    titles.put("vpr", l.pick("Анализ результатов ВПР: сравнение с отметками по журналу, распределения, маркеры объективности",
        "ВПР analysis"));
    titles.put("roadmap", l.pick("Дорожная карта", "Road map"));
    titles.put("recommendations", l.pick("Адресные рекомендации", "Addressed recommendations"));
    titles.put("effectiveness-sheet", l.pick("Оценочный лист эффективности функционирования ВСОКО", "Effectiveness sheet"));
    titles.forEach((kind, title) -> {
      Element li = list.appendElement("li");
      li.appendText(title + ": ");
      List<String> files = written.getOrDefault(kind, List.of());
      for (int i = 0; i < files.size(); i++) {
        if (i > 0) {
          li.appendText(" · ");
        }
        String f = files.get(i);
        li.appendElement("a").attr("href", f).text(f.substring(f.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
      }
    });

    body.appendElement("h2").text(l.pick("Основные показатели", "Key indicators"));
    Element table = body.appendElement("table");
    table.appendElement("tr").appendElement("th").text(l.pick("Показатель (приказ № 1324)", "Indicator (order № 1324)")).parent()
        .appendElement("th").text(l.pick("Значение", "Value"));
    ValueFormat format = ValueFormat.defaults();
    for (String code : List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.13", "1.19", "1.23", "1.29")) {
      Optional<IndicatorResult> r = indicators.result(code);
      if (r.isPresent()) {
        table.appendElement("tr").appendElement("td").text(code + ". " + r.get().definition().title()).parent()
            .appendElement("td").text(format.format(r.get().value()));
      }
    }
    Element facts = body.appendElement("ul");
    long compared = vpr.total().compared();
    facts.appendElement("li").text(l.pick("ВПР-2024: участников " + vpr.total().participants() + ", понизили отметку "
        + percent(vpr.total().lowered(), compared) + " %, подтвердили " + percent(vpr.total().confirmed(), compared) + " %, повысили "
        + percent(vpr.total().raised(), compared) + " %.", "ВПР 2024: " + vpr.total().participants() + " participants."));
    facts.appendElement("li").text(l.pick("Оценочный лист ВСОКО: " + sheet.total() + " из " + sheet.max() + " баллов, уровень «"
        + sheet.level().name() + "».", "Effectiveness sheet: " + sheet.total() + " of " + sheet.max() + "."));
    facts.appendElement("li").text(l.pick("Адресных рекомендаций: " + demo.recommendations().size() + ".",
        "Addressed recommendations: " + demo.recommendations().size() + "."));

    body.appendElement("h2").text(l.pick("Предупреждения", "Warnings"));
    Element warnings = body.appendElement("ul");
    for (ValidationWarning w : indicators.warnings()) {
      warnings.appendElement("li").addClass("warn").text(l.pick("Согласованность показателей: ", "Consistency: ") + w.message());
    }
    for (VprSchoolResult s : vpr.schools()) {
      for (String marker : s.markers()) {
        warnings.appendElement("li").addClass("warn").text("ВПР, " + s.work() + ": " + marker);
      }
    }
    for (io.github.vsoko.model.management.Recommendation r : demo.recommendations()) {
      if (r.status() == io.github.vsoko.model.management.RecommendationStatus.ISSUED && !r.findingIds().isEmpty()) {
        warnings.appendElement("li").addClass("warn").text(l.pick("Дефицит → адресная рекомендация: ", "Deficit → recommendation: ")
            + r.action() + " (" + r.deadline().format() + ")");
      }
    }
    for (ModelCheckFinding f : ModelCheck.check(demo.model()).findings()) {
      warnings.appendElement("li").addClass("warn").text(l.pick("Модель ВСОКО: ", "ВСОКО model: ") + f);
    }
    if (warnings.childrenSize() == 0) {
      warnings.appendElement("li").text(l.pick("Нет.", "None."));
    }
    body.appendElement("p").appendElement("small").text(l.pick("Сформировано vsoko; данные демонстрационные.",
        "Made by vsoko; the data are fictional."));
    return doc;
  }

  private static String percent(long part, long total) {
    return total == 0 ? "—" : Decimals.text(java.math.BigDecimal.valueOf(part * 100L)
        .divide(java.math.BigDecimal.valueOf(total), 1, java.math.RoundingMode.HALF_UP));
  }
}
