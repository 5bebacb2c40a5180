package io.github.vsoko.cli;

import io.github.vsoko.app.DocumentFiles;
import io.github.vsoko.app.InputOptions;
import io.github.vsoko.app.LoadedInputs;
import io.github.vsoko.app.PlanOutcome;
import io.github.vsoko.app.PlanRequest;
import io.github.vsoko.app.PlanWorkflow;
import io.github.vsoko.app.SchoolInputs;
import io.github.vsoko.app.SelfAssessmentOutcome;
import io.github.vsoko.app.SelfAssessmentRequest;
import io.github.vsoko.app.SelfAssessmentWorkflow;
import io.github.vsoko.app.TableContext;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.report.RecommendationsReport;
import io.github.vsoko.report.RoadMapReport;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Command(name = "self-assessment", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report self-assessment --data school.json --plan plan.yaml --format html,docx,pdf --out отчёт",
          "  vsoko report self-assessment --data school.json --head-name \"М. Б. Светлова\" --order 45,31.03.2025 --council 10,28.03.2025 --out отчёт"},
      description = "Отчёт о результатах самообследования (приказы № 462/№ 1218, показатели приказа № 1324).")
  static final class SelfAssessment implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReportOutput output;

    @Option(names = "--data", required = true, paramLabel = "ФАЙЛ",
        description = "Данные организации: vsoko/1 JSON, таблицы школы или выгрузки ВПР; можно несколько.")
    List<Path> data;

    @Option(names = "--year", paramLabel = "ГГГГ", description = "Отчётный календарный год (по умолчанию — из данных).")
    Integer year;

    @Option(names = "--set", paramLabel = "НАБОР", description = "Набор показателей; по умолчанию — приказа № 1324 для вида организации.")
    String set;

    @Option(names = "--policy", paramLabel = "ИМЯ=ЗНАЧЕНИЕ", description = "Правило расчёта; можно несколько.")
    Map<String, String> policies = new LinkedHashMap<>();

    @Option(names = "--plan", paramLabel = "ФАЙЛ", description = "План функционирования ВСОКО (vsoko/1 JSON/YAML) для раздела о ВСОКО.")
    Path plan;

    @Option(names = "--head-name", paramLabel = "ФИО", description = "Подпись руководителя в грифе «УТВЕРЖДАЮ» («М. Б. Светлова»); "
        + "по умолчанию — руководитель из данных организации.")
    String headName;

    @Option(names = "--model", paramLabel = "ФАЙЛ", description = "Модель ВСОКО (vsoko/1 JSON/YAML): её план и участники с функциями "
        + "заполняют разделы о системе управления и о ВСОКО (--plan заменяет её план).")
    Path model;

    @Option(names = "--previous", paramLabel = "ФАЙЛ", description = "Данные той же организации за предыдущий год (как --data): "
        + "столбцы «Предыдущий год» и «Изменение» таблицы показателей.")
    Path previous;

    @Option(names = "--order", paramLabel = "№,ДД.ММ.ГГГГ", description = "Приказ об утверждении отчёта: номер и дата («45,31.03.2025»).")
    String order;

    @Option(names = "--council", paramLabel = "№,ДД.ММ.ГГГГ",
        description = "Протокол педагогического совета, рассмотревшего отчёт: номер и дата («10,31.03.2025»).")
    String council;

    private java.util.Map.Entry<Optional<String>, Optional<LocalDate>> numberAndDate(String text, String option) {
      if (text == null) {
        return java.util.Map.entry(Optional.empty(), Optional.empty());
      }
      String[] parts = text.split(",", 2);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new ParameterException(spec.commandLine(), option + ": ожидается «номер,ДД.ММ.ГГГГ», получено «" + text + "»");
      }
      return java.util.Map.entry(Optional.of(parts[0].strip()), Optional.of(Args.date(parts[1], option, spec)));
    }

    @Override
    public Integer call() throws IOException {
      var orderParts = numberAndDate(order, "--order");
      var councilParts = numberAndDate(council, "--council");
      io.github.vsoko.report.ApprovalDetails approval = new io.github.vsoko.report.ApprovalDetails(Optional.ofNullable(headName),
          orderParts.getKey(), orderParts.getValue(), councilParts.getKey(), councilParts.getValue());
      InputOptions options = InputOptions.defaults(Clock.systemDefaultZone());
      LoadedInputs loaded;
      try {
        loaded = SchoolInputs.load(data, Args.year(year, "--year", spec) == null ? options : options.withYear(year));
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "--data: нет файла " + e.getMessage());
      }
      Console.problems(spec, loaded.problems());
      IndicatorRegistry registry = Console.registry(spec);
      Policies chosen;
      try {
        chosen = Policies.parse(policies, registry.policies());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      Optional<VsokoPlan> vsokoPlan = plan == null ? Optional.empty() : Optional.of(Documents.plan(plan,
          new TableContext(loaded.data().organization().id(), Optional.of(loaded.data().period().academicYear())), spec));
      SelfAssessmentRequest request = new SelfAssessmentRequest(loaded.data(), Optional.empty(), Optional.ofNullable(set), chosen,
          output.options(spec).withApproval(approval));
      if (model != null) {
        try {
          request = request.withModel(io.github.vsoko.app.DocumentFiles.model(model));
        } catch (NoSuchFileException e) {
          throw new ParameterException(spec.commandLine(), "--model: нет файла " + e.getMessage());
        }
      }
      if (vsokoPlan.isPresent()) {
        request = request.withPlan(vsokoPlan.get());
      }
      if (previous != null) {
        LoadedInputs before;
        try {
          before = SchoolInputs.load(List.of(previous), options);
        } catch (NoSuchFileException e) {
          throw new ParameterException(spec.commandLine(), "--previous: нет файла " + e.getMessage());
        }
        Console.problems(spec, before.problems());
        if (before.data().period().end().getYear() != loaded.data().period().end().getYear() - 1) {
          throw new ParameterException(spec.commandLine(), "--previous: данные за " + before.data().period().end().getYear()
              + " год, а ожидается " + (loaded.data().period().end().getYear() - 1) + " — год перед отчётным");
        }
        request = request.withPreviousYear(before.data());
      }
      SelfAssessmentOutcome outcome;
      try {
        outcome = new SelfAssessmentWorkflow(registry).run(request);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage());
      }
      return output.write(spec, List.of(outcome.report()));
    }
  }

  @Command(name = "plan", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report plan --plan plan.xlsx --academic-year 2024/2025 --on 20.01.2025 --format html,xlsx --out план"},
      description = "План функционирования ВСОКО (plan.<формат>) и циклограмма (cyclogram.<формат>); с --on — что в сроке и что просрочено.")
  static final class Plan implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReportOutput output;
    @Mixin Args.TableOptions table;

    @Option(names = "--plan", required = true, paramLabel = "ФАЙЛ", description = "План: vsoko/1 JSON/YAML или таблица XLSX/CSV.")
    Path plan;

    @Option(names = "--on", paramLabel = "ДД.ММ.ГГГГ", description = "Дата для «в сроке в этом месяце / просрочено».")
    String on;

    @Override
    public Integer call() throws IOException {
      VsokoPlan p = Documents.plan(plan, table.context(spec), spec);
      Optional<LocalDate> date = Optional.ofNullable(on).map(t -> Args.date(t, "--on", spec));
      PlanOutcome outcome = new PlanWorkflow().run(new PlanRequest(p, Optional.empty(), date, output.options(spec)));
      return output.write(spec, List.of(outcome.plan(), outcome.cyclogram()));
    }
  }

  @Command(name = "roadmap", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report roadmap --road-map карта.yaml --on 20.01.2025 --format html,docx --out карта"},
      description = "Дорожная карта со статусами мероприятий (roadmap.<формат>).")
  static final class RoadMapCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReportOutput output;
    @Mixin Args.TableOptions table;

    @Option(names = "--road-map", required = true, paramLabel = "ФАЙЛ", description = "Дорожная карта: vsoko/1 JSON/YAML или таблица XLSX/CSV.")
    Path roadMap;

    @Option(names = "--on", paramLabel = "ДД.ММ.ГГГГ", description = "Дата, на которую отмечаются просроченные мероприятия.")
    String on;

    @Override
    public Integer call() throws IOException {
      Optional<LocalDate> date = Optional.ofNullable(on).map(t -> Args.date(t, "--on", spec));
      return output.write(spec, List.of(RoadMapReport.build(Documents.roadMap(roadMap, table.context(spec), spec), date,
          output.options(spec))));
    }
  }

  @Command(name = "recommendations", mixinStandardHelpOptions = true,
      footer = {"", "Пример:", "  vsoko report recommendations --recommendations рекомендации.yaml --academic-year 2024/2025 --format docx --out отчёт"},
      description = "Адресные рекомендации: адресат, мероприятие, срок, ответственный, статус (recommendations.<формат>).")
  static final class Recommendations implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReportOutput output;

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
      List<Recommendation> list = DocumentFiles.recommendations(file);
      Optional<LocalDate> date = Optional.ofNullable(on).map(t -> Args.date(t, "--on", spec));
      return output.write(spec, List.of(RecommendationsReport.build(title, list, y, date, output.options(spec))));
    }
  }
}
