package io.github.vsoko.bench;

import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ВПР export (the 2020 dump layout, seeded): inflating its entries (the floor) beside vsoko's streaming import
 * (sheet scan and per-row import, rows counted and dropped). The ratio of the two is the figure of issue 18.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VprImportBenchmark {
  @Param("14500")
  public int rows;

  private List<Path> files;
  private Path file;

  @Setup
  public void write() {
    files = RegionFiles.write(1, rows);
    file = files.get(0);
  }

  @TearDown
  public void delete() {
    RegionFiles.delete(files);
  }

  @Benchmark
  public long inflate() throws IOException {
    return RegionFiles.inflate(file);
  }

  @Benchmark
  public long importRows() {
    long[] count = new long[1];
    VprImport.forEach(file, VprImportOptions.defaults(), r -> count[0]++);
    return count[0];
  }
}
