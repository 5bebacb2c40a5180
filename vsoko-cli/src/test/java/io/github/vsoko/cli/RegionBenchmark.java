package io.github.vsoko.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vsoko.io.fixtures.VprRegionFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The region benchmark (issue 18): a seeded region of ВПР exports, `vsoko vpr` over it in a child JVM beside the time of
 * merely inflating the same sheets on one thread, min/median/max over several runs. Prints, never asserts; runs only
 * with {@code -Dvsoko.bench=true} (see scripts/bench-region.sh).
 */
class RegionBenchmark {
  @Test
  void vprOverARegionBesideInflatingIt() throws Exception {
    assumeTrue(Boolean.getBoolean("vsoko.bench"), "run with -Dvsoko.bench=true");
    int files = Integer.getInteger("vsoko.bench.files", 90);
    int rows = Integer.getInteger("vsoko.bench.rows", 14_500);
    int runs = Integer.getInteger("vsoko.bench.runs", 3);
    Path dir = Path.of("target", "region3-" + files + "x" + rows); // three layouts
    List<Path> exports = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      exports.addAll(VprRegionFixtures.write(dir, 18, files, rows));
    } else {
      try (var walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(exports::add);
      }
    }
    List<Long> inflate = new ArrayList<>();
    List<Long> unzip = new ArrayList<>();
    List<Long> vsoko = new ArrayList<>();
    long sheetBytes = 0;
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      sheetBytes = inflateAll(exports);
      inflate.add(System.nanoTime() - start);
      start = System.nanoTime();
      if (unzipAll(exports)) {
        unzip.add(System.nanoTime() - start);
      }
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.github.vsoko.cli.VsokoCli", "-q", "vpr", "--format", "json",
          "--out", dir.resolve("out").toString()));
      exports.forEach(e -> {
        command.add("--results");
        command.add(e.toString());
      });
      start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      p.waitFor(30, TimeUnit.MINUTES);
      vsoko.add(System.nanoTime() - start);
    }
    System.out.printf("region: %d files, %d rows each, %.0f MB of sheet XML%n", exports.size(), rows, sheetBytes / 1e6);
    System.out.printf("inflate (java.util.zip, 1 thread, warm): %s%n", stats(inflate));
    if (!unzip.isEmpty()) {
      System.out.printf("unzip -p > /dev/null (1 thread, one file after another): %s%n", stats(unzip));
    }
    System.out.printf("vsoko vpr (cold JVM, -Xmx1g, C1 as ./vsoko): %s%n", stats(vsoko));
    System.out.printf("ratio of medians to inflate: %.2f%n", median(vsoko) / (double) median(inflate));
    if (!unzip.isEmpty()) {
      System.out.printf("ratio of medians to unzip -p: %.2f%n", median(vsoko) / (double) median(unzip));
    }
  }

  private static long inflateAll(List<Path> exports) throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    for (Path e : exports) {
      try (ZipFile zip = new ZipFile(e.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
              total += n;
            }
          }
        }
      }
    }
    return total;
  }

  /** {@code unzip -p file > /dev/null} for each file in turn (the floor); false where unzip is missing. */
  private static boolean unzipAll(List<Path> exports) throws IOException, InterruptedException {
    for (Path e : exports) {
      try {
        Process p = new ProcessBuilder("unzip", "-p", e.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
          return false;
        }
      } catch (IOException missing) {
        return false;
      }
    }
    return true;
  }

  private static long median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String stats(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format("min %.2f s, median %.2f s, max %.2f s", sorted.get(0) / 1e9, median(nanos) / 1e9,
        sorted.get(sorted.size() - 1) / 1e9);
  }
}
