package io.github.vsoko.cli;

import io.github.vsoko.app.EvaluationOutcome;
import io.github.vsoko.app.EvaluationRequest;
import io.github.vsoko.app.EvaluationWorkflow;
import io.github.vsoko.indicators.DeclarativeIndicators;
import io.github.vsoko.indicators.Failed;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko evaluate}: computes an indicator set for one organization's data. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Рассчитывает показатели (по умолчанию — приказа № 1324 для вида организации) по данным в формате vsoko/1.",
    footer = {
      "", "Примеры:",
      "  vsoko evaluate --data school.json",
      "  vsoko evaluate --data school.json --year 2024 --format json --policy order1324.attestation-base=GRADED_STUDENTS",
      "  vsoko evaluate --data school.json --definitions acme.yaml --set acme.region",
      "", "Код выхода 1, если данные не удалось прочитать или какой-либо показатель не рассчитан (с --debug — трассировка стека)."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации (JSON, формат vsoko/1).")
  private Path data;

  @Option(names = "--set", paramLabel = "НАБОР", description = "Набор показателей; по умолчанию — набор приказа № 1324 для вида организации.")
  private String set;

  @Option(names = "--year", paramLabel = "ГГГГ", description = "Отчётный календарный год (по умолчанию — период из файла).")
  private Integer year;

  @Option(names = "--format", paramLabel = "ФОРМАТ", defaultValue = "table", description = "table, tsv или json. По умолчанию: ${DEFAULT-VALUE}.")
  private String format;

  @Option(names = "--policy", paramLabel = "ИМЯ=ЗНАЧЕНИЕ", description = "Правило расчёта (см. vsoko indicators --policies); можно несколько.")
  private Map<String, String> policies = new LinkedHashMap<>();

  @Option(names = "--definitions", paramLabel = "ФАЙЛ", description = "Набор показателей в YAML/JSON, добавляемый в реестр; можно несколько.")
  private List<Path> definitions = List.of();

  @Option(names = "--percent-scale", paramLabel = "N", defaultValue = "0", description = "Знаков после запятой в процентах (0–4).")
  private int percentScale;

  @Option(names = "--drill-down", description = "Включить в JSON идентификаторы записей, вошедших в числитель.")
  private boolean drillDown;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    IndicatorRegistry.Builder builder = IndicatorRegistry.builder().discover();
    for (Path file : definitions) {
      try {
        builder.set(DeclarativeIndicators.load(file.toString(),
            io.github.vsoko.io.TextFiles.reader(file, io.github.vsoko.io.TextFiles.TEXT_LIMIT)));
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "--definitions: нет файла " + file);
      }
    }
    IndicatorRegistry registry = builder.build();
    Console.problems(spec, registry.problems());
    SchoolData school = Args.schoolData(data, "--data", spec);
    if (Args.year(year, "--year", spec) != null) {
      school = school.withPeriod(ReportingPeriod.calendarYear(year));
    }
    Policies chosen;
    ValueFormat valueFormat;
    try {
      chosen = Policies.parse(policies, registry.policies());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--policy: " + e.getMessage());
    }
    try {
      valueFormat = ValueFormat.defaults().withPercentScale(percentScale);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--percent-scale: " + e.getMessage());
    }
    EvaluationOutcome outcome;
    try {
      outcome = new EvaluationWorkflow(registry).run(new EvaluationRequest(school, Optional.ofNullable(set), chosen, drillDown,
          valueFormat, ReportOptions.defaults().withLanguage(VsokoCli.language(spec))));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage());
    }
    Console.print(spec, outcome.report(), format);
    List<io.github.vsoko.indicators.IndicatorResult> failed = outcome.evaluation().results().stream()
        .filter(r -> r.value() instanceof Failed).toList();
    if (!failed.isEmpty()) {
      java.io.PrintWriter err = spec.commandLine().getErr();
      err.println("vsoko: не рассчитаны показатели: " + String.join("; ", failed.stream()
          .map(r -> r.definition().code() + " (" + ((Failed) r.value()).message() + ")").toList()));
      if (VsokoCli.debug(spec)) {
        failed.forEach(r -> err.print(r.definition().id() + ": " + ((Failed) r.value()).stackTrace()));
      } else {
        err.println("vsoko: трассировка стека — с --debug");
      }
      return VsokoCli.EXIT_DATA;
    }
    return 0;
  }
}
