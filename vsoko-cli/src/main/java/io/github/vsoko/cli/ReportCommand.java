package io.github.vsoko.cli;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.indicators.ShareStyle;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.CyclogramReport;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.PlanReport;
import io.github.vsoko.report.RecommendationsReport;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.report.ReportRenderers;
import io.github.vsoko.report.RoadMapReport;
import io.github.vsoko.report.SelfAssessmentReport;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko report}: the reports, in every format schools publish. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Формирует отчёты: самообследование, план функционирования ВСОКО и циклограмма, дорожная карта, "
        + "адресные рекомендации — в форматах html, md, csv, json, xlsx, docx, pdf.",
    subcommands = {ReportCommand.SelfAssessment.class, ReportCommand.Plan.class, ReportCommand.RoadMapCommand.class,
        ReportCommand.Recommendations.class},
    footer = {"", "Примеры:",
      "  vsoko report self-assessment --data school.json --year 2024 --format html,docx,pdf --out отчёт",
      "  vsoko report plan --plan plan.yaml --on 20.01.2025 --format xlsx,pdf --out план",
      "  vsoko report roadmap --road-map карта.xlsx --organization sch29 --academic-year 2024/2025 --out карта"})
final class ReportCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every report shares. */
  static final class Output {
    @Option(names = "--format", paramLabel = "ФОРМАТ[,ФОРМАТ…]", defaultValue = "html", split = ",",
        description = "html, md, csv, json, xlsx, docx, pdf; через запятую. По умолчанию: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "ПАПКА", description = "Папка для файлов <отчёт>.<формат>.")
    Path out;

    @Option(names = "--share-style", paramLabel = "СТИЛЬ", defaultValue = "PERSONS_SLASH_PERCENT",
        description = "Запись «человек/%%»: PERSONS_SLASH_PERCENT («312 человек / 45 %%»), COUNT_PARENS_PERCENT («312 (45 %%)»), "
            + "COUNT_SLASH_NUMBER («312/45»).")
    ShareStyle shareStyle;

    @Option(names = "--date", paramLabel = "ДД.ММ.ГГГГ", description = "Дата отчёта (по умолчанию — из данных).")
    String date;

    ReportOptions options(CommandSpec spec) {
      Language language = VsokoCli.language(spec);
      ReportOptions o = ReportOptions.defaults().withLanguage(language).withShareStyle(shareStyle);
      return date == null ? o : o.withDate(parseDate(date, "--date", spec));
    }

    int write(CommandSpec spec, Report... reports) throws IOException {
      ReportRenderers renderers = ReportRenderers.discover();
      for (String f : formats) {
        if (renderers.find(f.strip()).isEmpty()) {
          throw new ParameterException(spec.commandLine(), "--format: неизвестный формат «" + f + "»; доступны: "
              + String.join(", ", renderers.formats()));
        }
      }
      for (Report r : reports) {
        for (String f : formats) {
          VsokoCli.info(spec, "Записано: " + renderers.write(r, f.strip(), out));
        }
      }
      return 0;
    }
  }

  /** «15.12.2024». */
  static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  static LocalDate parseDate(String text, String option, CommandSpec spec) {
    try {
      return text.contains(".") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("dd.MM.yyyy")) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + ": ожидается дата ДД.ММ.ГГГГ, получено «" + text + "»");
    }
  }

  /** The options a plan or road-map table needs. */
  static final class TableOptions {
    @Option(names = "--organization", paramLabel = "ИД", defaultValue = "school",
        description = "Идентификатор организации, если план или карта — таблица XLSX/CSV.")
    String organization;

    @Option(names = "--academic-year", paramLabel = "ГГГГ/ГГГГ", description = "Учебный год, если план или карта — таблица.")
    String academicYear;

    Documents.TableContext context(CommandSpec spec) {
      Optional<AcademicYear> year = Optional.ofNullable(academicYear).map(t -> Args.academicYear(t, "--academic-year", spec));
      return new Documents.TableContext(organization, year, spec.commandLine().getErr());
    }
  }

  @Command(name = "self-assessment", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report self-assessment --data school.json --plan plan.yaml --format html,docx,pdf --out отчёт"},
      description = "Отчёт о результатах самообследования (приказы № 462/№ 1218, показатели приказа № 1324).")
  static final class SelfAssessment implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;

    @Option(names = "--data", required = true, paramLabel = "ФАЙЛ",
        description = "Данные организации: vsoko/1 JSON, таблицы школы или выгрузки ВПР; можно несколько.")
    List<Path> data;

    @Option(names = "--year", paramLabel = "ГГГГ", description = "Отчётный календарный год (по умолчанию — из данных).")
    Integer year;

    @Option(names = "--set", paramLabel = "НАБОР", description = "Набор показателей; по умолчанию — приказа № 1324 для вида организации.")
    String set;

    @Option(names = "--policy", paramLabel = "ИМЯ=ЗНАЧЕНИЕ", description = "Правило расчёта; можно несколько.")
    java.util.Map<String, String> policies = new java.util.LinkedHashMap<>();

    @Option(names = "--plan", paramLabel = "ФАЙЛ", description = "План функционирования ВСОКО (vsoko/1 JSON/YAML) для раздела о ВСОКО.")
    Path plan;

    @Override
    public Integer call() throws IOException {
      Inputs.Loaded loaded;
      try {
        loaded = Inputs.load(data, Optional.empty(), Optional.empty(), Optional.ofNullable(year), false);
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "--data: нет файла " + e.getMessage());
      }
      loaded.problems().forEach(p -> spec.commandLine().getErr().println(p.severity().russianName() + ": " + p));
      SchoolData school = year == null ? loaded.data() : loaded.data().withPeriod(ReportingPeriod.calendarYear(year));
      IndicatorRegistry registry = IndicatorRegistry.discover();
      IndicatorSet indicatorSet = Sets.resolve(registry, set, school, spec);
      Policies chosen;
      try {
        chosen = Policies.parse(policies, registry.policies());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      EvaluationResult result = IndicatorEvaluator.evaluate(indicatorSet, school, EvaluationOptions.defaults().withPolicies(chosen));
      Optional<VsokoPlan> vsokoPlan = plan == null ? Optional.empty()
          : Optional.of(Documents.plan(plan, new Documents.TableContext(school.organization().id(),
              Optional.of(school.period().academicYear()), spec.commandLine().getErr())));
      return output.write(spec, SelfAssessmentReport.build(school, result, vsokoPlan, output.options(spec)));
    }
  }

  @Command(name = "plan", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report plan --plan plan.xlsx --academic-year 2024/2025 --on 20.01.2025 --format html,xlsx --out план"},
      description = "План функционирования ВСОКО (plan.<формат>) и циклограмма (cyclogram.<формат>); с --on — что в сроке и что просрочено.")
  static final class Plan implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;
    @Mixin TableOptions table;

    @Option(names = "--plan", required = true, paramLabel = "ФАЙЛ", description = "План: vsoko/1 JSON/YAML или таблица XLSX/CSV.")
    Path plan;

    @Option(names = "--on", paramLabel = "ДД.ММ.ГГГГ", description = "Дата для «в сроке в этом месяце / просрочено».")
    String on;

    @Override
    public Integer call() throws IOException {
      VsokoPlan p = Documents.plan(plan, table.context(spec));
      Optional<LocalDate> date = Optional.ofNullable(on).map(t -> parseDate(t, "--on", spec));
      ReportOptions options = output.options(spec);
      return output.write(spec, PlanReport.build(p, options), CyclogramReport.build(p, date, options));
    }
  }

  @Command(name = "roadmap", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report roadmap --road-map карта.yaml --on 20.01.2025 --format html,docx --out карта"}, description = "Дорожная карта со статусами мероприятий (roadmap.<формат>).")
  static final class RoadMapCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;
    @Mixin TableOptions table;

    @Option(names = "--road-map", required = true, paramLabel = "ФАЙЛ", description = "Дорожная карта: vsoko/1 JSON/YAML или таблица XLSX/CSV.")
    Path roadMap;

    @Option(names = "--on", paramLabel = "ДД.ММ.ГГГГ", description = "Дата, на которую отмечаются просроченные мероприятия.")
    String on;

    @Override
    public Integer call() throws IOException {
      Optional<LocalDate> date = Optional.ofNullable(on).map(t -> parseDate(t, "--on", spec));
      return output.write(spec, RoadMapReport.build(Documents.roadMap(roadMap, table.context(spec)), date, output.options(spec)));
    }
  }

  @Command(name = "recommendations", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report recommendations --recommendations рекомендации.yaml --academic-year 2024/2025 --format docx --out отчёт"},
      description = "Адресные рекомендации: адресат, мероприятие, срок, ответственный, статус (recommendations.<формат>).")
  static final class Recommendations implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;

    @Option(names = "--recommendations", required = true, paramLabel = "ФАЙЛ", description = "Рекомендации: vsoko/1 JSON/YAML.")
    Path file;

    @Option(names = "--academic-year", required = true, paramLabel = "ГГГГ/ГГГГ", description = "Учебный год сроков.")
    String academicYear;

    @Option(names = "--title", paramLabel = "ТЕКСТ", defaultValue = "Адресные рекомендации", description = "Заголовок.")
    String title;

    @Option(names = "--on", paramLabel = "ДД.ММ.ГГГГ", description = "Дата, на которую отмечаются просроченные рекомендации.")
    String on;

    @Override
    public Integer call() throws IOException {
      AcademicYear y = Args.academicYear(academicYear, "--academic-year", spec);
      List<Recommendation> list = Documents.recommendations(file);
      Optional<LocalDate> date = Optional.ofNullable(on).map(t -> parseDate(t, "--on", spec));
      return output.write(spec, RecommendationsReport.build(title, list, y, date, output.options(spec)));
    }
  }
}
