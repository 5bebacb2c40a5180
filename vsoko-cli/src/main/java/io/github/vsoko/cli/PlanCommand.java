package io.github.vsoko.cli;

import io.github.vsoko.app.PlanCheckOutcome;
import io.github.vsoko.app.PlanOutcome;
import io.github.vsoko.app.PlanRequest;
import io.github.vsoko.app.PlanWorkflow;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko plan}: working with a plan of functioning from the command line. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "План функционирования ВСОКО: что в сроке и что просрочено.",
    subcommands = {PlanCommand.Due.class, PlanCommand.Check.class},
    footer = {"", "Примеры:", "  vsoko plan due --plan план.yaml --on 15.12.2024", "  vsoko plan check --plan положение.docx"})
final class PlanCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code vsoko plan due}: the plan's rows due in the month of a date and those whose deadline has passed. */
  @Command(name = "due", mixinStandardHelpOptions = true,
      description = "Строки плана со сроком в месяце даты и строки, срок которых прошёл; с --road-map — и просроченные "
          + "мероприятия дорожной карты (не выполненные).",
      footer = {"", "Примеры:", "  vsoko plan due --plan план.yaml --on 15.12.2024",
          "  vsoko plan due --plan план.xlsx --academic-year 2024/2025 --road-map карта.yaml --on 20.01.2025 --format tsv"})
  static final class Due implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Args.TableOptions table;

    @Option(names = "--plan", required = true, paramLabel = "ФАЙЛ", description = "План: vsoko/1 JSON/YAML или таблица XLSX/CSV.")
    Path plan;

    @Option(names = "--road-map", paramLabel = "ФАЙЛ", description = "Дорожная карта: vsoko/1 JSON/YAML или таблица.")
    Path roadMap;

    @Option(names = "--on", required = true, paramLabel = "ДД.ММ.ГГГГ", description = "Дата.")
    String on;

    @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv, md или json.")
    String format;

    @Override
    public Integer call() throws IOException {
      Console.check(spec, List.of(format));
      LocalDate date = Args.date(on, "--on", spec);
      VsokoPlan p = Documents.plan(plan, table.context(spec), spec);
      Optional<RoadMap> m = roadMap == null ? Optional.empty() : Optional.of(Documents.roadMap(roadMap, table.context(spec), spec));
      PlanOutcome outcome = new PlanWorkflow().run(new PlanRequest(p, m, Optional.of(date),
          ReportOptions.defaults().withLanguage(VsokoCli.language(spec))));
      Console.print(spec, outcome.status(), format);
      return 0;
    }
  }

  /** {@code vsoko plan check}: the model check of a plan, every finding printed. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Проверка плана по критериям модели ВСОКО: в каждой строке критерий или показатель, ответственный, "
          + "распознанный срок и документ; три составляющие (результаты, процесс, условия). Печатает каждое замечание и "
          + "строки без связи с показателями из реестра. Код выхода 1, если замечания есть.",
      footer = {"", "Примеры:", "  vsoko plan check --plan план.yaml",
          "  vsoko plan check --plan положение.docx --organization sch29 --academic-year 2024/2025 --format tsv"})
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Args.TableOptions table;

    @Option(names = "--plan", required = true, paramLabel = "ФАЙЛ",
        description = "План: vsoko/1 JSON/YAML, таблица XLSX/CSV или положение DOCX с таблицей плана.")
    Path plan;

    @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv, md или json.")
    String format;

    @Override
    public Integer call() throws IOException {
      Console.check(spec, List.of(format));
      VsokoPlan p = Documents.plan(plan, table.context(spec), spec);
      PlanCheckOutcome outcome = new PlanWorkflow().check(p, ReportOptions.defaults().withLanguage(VsokoCli.language(spec)));
      Console.print(spec, outcome.report(), format);
      return outcome.check().passed() ? 0 : 1;
    }
  }
}
