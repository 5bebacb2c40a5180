package io.github.vsoko.bench;

import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.model.school.VprResult;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ВПР analysis of rows already read: counting them into per-file analyses, merging those (as the study merges the
 * analyses of files read in parallel) and computing the result with its markers and classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VprAnalysisBenchmark {
  @Param("3")
  public int files;

  @Param("14500")
  public int rows;

  private final List<List<VprResult>> results = new ArrayList<>();

  @Setup
  public void read() {
    List<Path> exports = RegionFiles.write(files, rows);
    for (Path export : exports) {
      results.add(VprImport.read(export, VprImportOptions.defaults()).results());
    }
    RegionFiles.delete(exports);
  }

  @Benchmark
  public VprAnalysisResult acceptMergeAndResult() {
    VprAnalysis merged = null;
    for (int f = 0; f < results.size(); f++) {
      VprAnalysis one = new VprAnalysis(VprScales.none(), false);
      String file = "file" + f;
      for (VprResult r : results.get(f)) {
        one.accept(file, r);
      }
      merged = merged == null ? one : merged.merge(one);
    }
    return merged.result();
  }
}
