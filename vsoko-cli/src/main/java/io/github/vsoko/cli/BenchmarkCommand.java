package io.github.vsoko.cli;

import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.io.VprImportSummary;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
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
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    VprImportSummary summary = null;
    for (int i = 0; i < warmup; i++) {
      summary = VprImport.forEach(in, VprImportOptions.defaults(), r -> { });
    }
    long best = Long.MAX_VALUE;
    long total = 0;
    Runtime rt = Runtime.getRuntime();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long heapPeak = heapBefore;
    for (int i = 0; i < runs; i++) {
      LongAdder rows = new LongAdder();
      long cpu = threads.getCurrentThreadCpuTime();
      summary = VprImport.forEach(in, VprImportOptions.defaults(), r -> rows.increment());
      long used = threads.getCurrentThreadCpuTime() - cpu;
      best = Math.min(best, used);
      total += used;
      heapPeak = Math.max(heapPeak, rt.totalMemory() - rt.freeMemory());
    }
    out.println(String.format(Locale.ROOT, "%s: строк %d, формат %s; процессорное время на прогон: лучшее %.0f мс, среднее %.0f мс"
            + " (прогонов: %d); прирост занятой памяти за прогоны не более %.1f МБ",
        in.getFileName(), summary == null ? 0 : summary.rows(), summary == null ? "-" : summary.layout(), best / 1e6,
        total / 1e6 / Math.max(1, runs), runs, (heapPeak - heapBefore) / 1048576.0));
    return 0;
  }
}
