package io.github.vsoko.cli;

import io.github.vsoko.app.ImportBenchmark;
import io.github.vsoko.report.ReportOptions;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko benchmark vpr}: measures the streaming ВПР import (CPU time and heap) on a real file. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = "Замер скорости потокового импорта ВПР: процессорное время на прогон после прогрева и прирост памяти.",
    footer = {"", "Пример:", "  vsoko benchmark --in \"Проведение работы по математике, 4 класс. ВПР 2021.xlsx\" --runs 10"})
final class BenchmarkCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "ФАЙЛ", description = "Выгрузка ВПР (XLSX или CSV).")
  private Path in;

  @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Число измеряемых прогонов (по умолчанию ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Число прогонов прогрева (по умолчанию ${DEFAULT-VALUE}).")
  private int warmup;

  @Override
  public Integer call() throws java.io.IOException {
    if (runs < 1 || warmup < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs не меньше 1, --warmup не меньше 0");
    }
    Console.print(spec, new ImportBenchmark().run(in, warmup, runs,
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec))).report(), "table");
    return 0;
  }
}
