package io.github.vsoko.cli;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;
import java.io.PrintWriter;
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
      "  vsoko indicators --set order1324.preschool --format markdown"
    })
final class IndicatorsCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { table, tsv, json, markdown }

  @Spec private CommandSpec spec;

  @Option(names = "--set", paramLabel = "НАБОР", description = "Набор показателей, например order1324.general (по умолчанию — все).")
  private String set;

  @Option(names = "--format", paramLabel = "ФОРМАТ", defaultValue = "table",
      description = "table, tsv (код<TAB>единица<TAB>показатель), json или markdown. По умолчанию: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--policies", description = "Показать правила расчёта (policies) и их значения по умолчанию.")
  private boolean policies;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    IndicatorRegistry registry = IndicatorRegistry.discover();
    if (policies) {
      for (PolicyKey<?> p : registry.policies()) {
        out.println(p.name() + " = " + p.print(p.defaultValue()) + "  [" + String.join(", ", p.choices()) + "]");
        out.println("    " + p.description());
      }
      return 0;
    }
    List<IndicatorSet> sets;
    try {
      sets = set == null ? registry.sets() : List.of(registry.requireSet(set));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage());
    }
    switch (format) {
      case tsv -> out.print(Catalog.tsv(sets));
      case json -> out.print(Catalog.json(sets));
      case table -> out.print(Catalog.table(sets));
      case markdown -> {
        if (sets.size() != 1) {
          throw new ParameterException(spec.commandLine(), "--format markdown needs one --set");
        }
        out.print(Catalog.markdown(sets.get(0), registry.policies().stream()
            .filter(p -> p.name().startsWith(sets.get(0).id().split("\\.")[0] + ".")).toList()));
      }
    }
    return 0;
  }
}
