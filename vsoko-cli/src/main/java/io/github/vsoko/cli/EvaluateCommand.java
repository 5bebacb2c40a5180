package io.github.vsoko.cli;

import io.github.vsoko.indicators.DeclarativeIndicators;
import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.indicators.ValidationWarning;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.io.EvaluationExport;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      "", "Код выхода 1, если данные не удалось прочитать."
    })
final class EvaluateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { table, tsv, json }

  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации (JSON, формат vsoko/1).")
  private Path data;

  @Option(names = "--set", paramLabel = "НАБОР", description = "Набор показателей; по умолчанию — набор приказа № 1324 для вида организации.")
  private String set;

  @Option(names = "--year", paramLabel = "ГГГГ", description = "Отчётный календарный год (по умолчанию — период из файла).")
  private Integer year;

  @Option(names = "--format", paramLabel = "ФОРМАТ", defaultValue = "table", description = "table, tsv или json. По умолчанию: ${DEFAULT-VALUE}.")
  private Format format;

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
    PrintWriter out = spec.commandLine().getOut();
    IndicatorRegistry.Builder builder = IndicatorRegistry.builder().discover();
    for (Path file : definitions) {
      try {
        builder.set(DeclarativeIndicators.load(file));
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "--definitions: no such file " + file);
      }
    }
    IndicatorRegistry registry = builder.build();
    SchoolData school = Args.schoolData(data, "--data", spec);
    if (year != null) {
      school = school.withPeriod(ReportingPeriod.calendarYear(year));
    }
    IndicatorSet indicatorSet = Sets.resolve(registry, set, school, spec);
    Policies chosen;
    ValueFormat valueFormat;
    try {
      chosen = Policies.parse(policies, registry.policies());
      valueFormat = ValueFormat.defaults().withPercentScale(percentScale);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    EvaluationOptions options = EvaluationOptions.defaults().withPolicies(chosen);
    EvaluationResult result = IndicatorEvaluator.evaluate(indicatorSet, school, drillDown ? options.withDrillDown() : options);
    switch (format) {
      case json -> out.print(EvaluationExport.json(result, valueFormat));
      case tsv -> out.print(EvaluationExport.tsv(result, valueFormat));
      case table -> table(out, indicatorSet, school, result, valueFormat);
    }
    return 0;
  }

  private static void table(PrintWriter out, IndicatorSet set, SchoolData school, EvaluationResult result, ValueFormat format) {
    out.println(set.title());
    out.println(school.organization().shortName() + ", " + result.period().label() + " (по состоянию на "
        + result.period().asOfDate() + ")");
    out.println();
    int codeWidth = result.results().stream().mapToInt(r -> r.definition().code().length()).max().orElse(4);
    for (IndicatorResult r : result.results()) {
      String value = r.definition().isHeading() ? "" : format.format(r.value());
      out.println(String.format(java.util.Locale.ROOT, "%-" + codeWidth + "s  %-24s  %s", r.definition().code(), value,
          r.definition().title()));
    }
    if (!result.warnings().isEmpty()) {
      out.println();
      out.println("Предупреждения проверки согласованности:");
      for (ValidationWarning w : result.warnings()) {
        out.println("  " + w.message());
      }
    }
  }
}
