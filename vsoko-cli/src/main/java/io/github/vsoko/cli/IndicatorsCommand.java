package io.github.vsoko.cli;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;
import io.github.vsoko.report.CatalogReport;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko indicators}: the catalog of registered indicators. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = "Каталог показателей: наборы, коды, единицы измерения и формулировки.",
    footer = {
      "", "Примеры:",
      "  vsoko indicators --set order1324.general --format tsv",
      "  vsoko indicators --format json > catalog.json",
      "  vsoko indicators --set order1324.preschool --format md"
    })
final class IndicatorsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--set", paramLabel = "НАБОР", description = "Набор показателей, например order1324.general (по умолчанию — все).")
  private String set;

  @Option(names = "--format", paramLabel = "ФОРМАТ", defaultValue = "table",
      description = "table, tsv (код, единица, показатель, база, свод), json или md. По умолчанию: ${DEFAULT-VALUE}.")
  private String format;

  @Option(names = "--policies", description = "Показать правила расчёта (policies) и их значения по умолчанию.")
  private boolean policies;

  @Override
  public Integer call() throws IOException {
    String f = format.equals("markdown") ? "md" : format;
    Console.check(spec, List.of(f));
    IndicatorRegistry registry = IndicatorRegistry.discover();
    ReportOptions options = ReportOptions.defaults().withLanguage(VsokoCli.language(spec));
    if (policies) {
      Console.print(spec, CatalogReport.policies(registry.policies(), options), f);
      return 0;
    }
    List<IndicatorSet> sets;
    try {
      sets = set == null ? registry.sets() : List.of(registry.requireSet(set));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage());
    }
    // the documentation page (md) lists the policies the set reads; tables for scripts hold the rows alone
    Console.print(spec, CatalogReport.build(sets, f.equals("md") ? policiesOf(registry, sets) : List.of(), options), f);
    return 0;
  }

  /** The policies a set reads: those named after its family («order1324.»). */
  static List<PolicyKey<?>> policiesOf(IndicatorRegistry registry, List<IndicatorSet> sets) {
    return registry.policies().stream()
        .filter(p -> sets.stream().anyMatch(s -> p.name().startsWith(s.id().split("\\.")[0] + "."))).toList();
  }
}
