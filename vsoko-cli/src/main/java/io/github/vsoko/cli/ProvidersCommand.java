package io.github.vsoko.cli;

import io.github.vsoko.app.ProviderInventory;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko providers}: the indicator sets, report formats and policies found, and the providers that failed. */
@Command(
    name = "providers",
    mixinStandardHelpOptions = true,
    description = "Что найдено: наборы показателей (версия, поставщик, jar), форматы отчётов (класс, jar), правила расчёта "
        + "и поставщики, которые не загрузились, с причиной.",
    footer = {"", "Пример:", "  java -cp vsoko.jar:acme-indicators.jar io.github.vsoko.cli.VsokoCli providers",
        "", "Код выхода 1, если какой-то поставщик не загрузился."})
final class ProvidersCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv, md или json.")
  private String format;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    IndicatorRegistry registry = IndicatorRegistry.discover();
    Console.print(spec, ProviderInventory.report(registry, Console.files().renderers(),
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec))), format);
    Console.problems(spec, registry.problems());
    return registry.problems().isEmpty() ? 0 : VsokoCli.EXIT_DATA;
  }
}
