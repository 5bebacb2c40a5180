package io.github.vsoko.app;

import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.io.VprImportSummary;
import io.github.vsoko.report.Paragraph;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.indicators.RussianFormat;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures the streaming ВПР import on a file (замер импорта): CPU time per run after warm-up and the growth of the
 * heap in use. A measurement for developers, reported, never asserted.
 *
 * @since 0.1.0
 */
public final class ImportBenchmark {
  /**
   * What was measured.
   *
   * @param file the file's name
   * @param rows rows read per run
   * @param layout the layout detected
   * @param bestNanos the best CPU time of a run
   * @param meanNanos the mean CPU time of a run
   * @param runs runs measured
   * @param heapGrowthBytes the largest growth of the heap in use across the runs
   * @param report the measurement as a report (kind {@code benchmark})
   */
  public record Outcome(String file, long rows, String layout, long bestNanos, long meanNanos, int runs, long heapGrowthBytes,
      Report report) {}

  /** Warms up, then measures {@code runs} runs on the current thread. */
  public Outcome run(Path file, int warmup, int runs, ReportOptions options) {
    if (warmup < 0 || runs < 1) {
      throw new IllegalArgumentException("прогонов прогрева не меньше 0, измеряемых — не меньше 1, получено " + warmup + " и " + runs);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    VprImportSummary summary = null;
    for (int i = 0; i < warmup; i++) {
      summary = VprImport.forEach(file, VprImportOptions.defaults(), r -> { });
    }
    long best = Long.MAX_VALUE;
    long total = 0;
    Runtime rt = Runtime.getRuntime();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long heapPeak = heapBefore;
    for (int i = 0; i < runs; i++) {
      LongAdder rows = new LongAdder();
      long cpu = threads.getCurrentThreadCpuTime();
      summary = VprImport.forEach(file, VprImportOptions.defaults(), r -> rows.increment());
      long used = threads.getCurrentThreadCpuTime() - cpu;
      best = Math.min(best, used);
      total += used;
      heapPeak = Math.max(heapPeak, rt.totalMemory() - rt.freeMemory());
    }
    String name = file.getFileName().toString();
    long mean = total / runs;
    String text = name + ": строк " + summary.rows() + ", формат " + summary.layout() + "; процессорное время на прогон: лучшее "
        + RussianFormat.decimal(BigDecimal.valueOf(best / 1e6), 0) + " мс, среднее " + RussianFormat.decimal(BigDecimal.valueOf(mean / 1e6), 0)
        + " мс (прогонов: " + runs + "); прирост занятой памяти за прогоны не более "
        + RussianFormat.decimal(BigDecimal.valueOf((heapPeak - heapBefore) / 1048576.0), 1) + " МБ";
    Report report = new Report("benchmark", options.language().pick("Замер импорта ВПР", "ВПР import benchmark"),
        Optional.empty(), Optional.empty(), List.of(Paragraph.text(text)), options.date().orElse(LocalDate.of(2000, 1, 1)),
        options.language());
    return new Outcome(name, summary.rows(), summary.layout().toString(), best, mean, runs, heapPeak - heapBefore, report);
  }
}
