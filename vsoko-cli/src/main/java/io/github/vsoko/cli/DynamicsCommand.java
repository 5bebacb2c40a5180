package io.github.vsoko.cli;

import io.github.vsoko.app.DynamicsOutcome;
import io.github.vsoko.app.DynamicsRequest;
import io.github.vsoko.app.DynamicsWorkflow;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.Policies;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code vsoko dynamics}: indicators across years from one organization's documents, gaps as gaps. */
@Command(
    name = "dynamics",
    mixinStandardHelpOptions = true,
    description = "Динамика показателей по годам: по документу vsoko/1 на каждый год одной организации. Год без данных — "
        + "«нет данных» (null в JSON), не 0; изменение и тренд — по годам, где значение есть.",
    footer = {
      "", "Примеры:",
      "  vsoko dynamics --data 2022.json --data 2023.json --data 2024.json",
      "  vsoko dynamics --data 2022.json --data 2024.json --years 2021-2024 --code 1.5 --code 1.6 --format json",
      "", "Код выхода 1, если данные не удалось прочитать; 2 — ошибка в параметрах."
    })
final class DynamicsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации за один год (vsoko/1 JSON); "
      + "по одному на год, можно несколько.")
  private List<Path> data = new ArrayList<>();

  @Option(names = "--years", paramLabel = "ГГГГ-ГГГГ", description = "Годы для показа (по умолчанию — от первого документа до "
      + "последнего).")
  private String years;

  @Option(names = "--code", paramLabel = "КОД", description = "Показатель («1.5»); можно несколько; по умолчанию — все.")
  private List<String> codes = new ArrayList<>();

  @Option(names = "--set", paramLabel = "НАБОР", description = "Набор показателей; по умолчанию — приказа № 1324 для вида организации.")
  private String set;

  @Option(names = "--policy", paramLabel = "ИМЯ=ЗНАЧЕНИЕ", description = "Правило расчёта (см. vsoko indicators --policies).")
  private Map<String, String> policies = new LinkedHashMap<>();

  @Option(names = "--format", paramLabel = "ФОРМАТ", defaultValue = "table", description = "table, tsv или json. По умолчанию: ${DEFAULT-VALUE}.")
  private String format;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    List<SchoolData> documents = new ArrayList<>();
    for (Path file : data) {
      documents.add(Args.schoolData(file, "--data", spec));
    }
    IndicatorRegistry registry = Console.registry(spec);
    Policies chosen;
    try {
      chosen = Policies.parse(policies, registry.policies());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    DynamicsOutcome outcome;
    try {
      outcome = new DynamicsWorkflow(registry).run(new DynamicsRequest(documents, years(), codes.stream().map(String::strip).toList(),
          Optional.ofNullable(set), chosen, ReportOptions.defaults().withLanguage(VsokoCli.language(spec))));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Console.print(spec, outcome.report(), format);
    return 0;
  }

  private List<Integer> years() {
    if (years == null) {
      return List.of();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})").matcher(years.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
        || Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)) > 10) {
      throw new ParameterException(spec.commandLine(), "--years: ожидается «ГГГГ-ГГГГ» не длиннее 11 лет, получено «" + years + "»");
    }
    List<Integer> out = new ArrayList<>();
    for (int y = Integer.parseInt(m.group(1)); y <= Integer.parseInt(m.group(2)); y++) {
      out.add(y);
    }
    return out;
  }
}
