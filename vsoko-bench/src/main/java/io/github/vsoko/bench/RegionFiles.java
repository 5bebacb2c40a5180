package io.github.vsoko.bench;

import io.github.vsoko.io.fixtures.VprRegionFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Seeded ВПР exports written for a benchmark into a temporary folder, and the floor they are compared with. */
final class RegionFiles {
  private RegionFiles() {}

  /** {@code files} exports of {@code rows} participant rows each, in a new temporary folder. */
  static List<Path> write(int files, int rows) {
    try {
      return VprRegionFixtures.write(Files.createTempDirectory("vsoko-bench"), 18, files, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Inflates every entry of an export and counts its bytes: the floor of any reader of it. */
  static long inflate(Path xlsx) throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
          }
        }
      }
    }
    return total;
  }

  /** Deletes what {@link #write} wrote. */
  static void delete(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    Path root = files.get(0);
    while (root.getParent() != null && !root.getFileName().toString().startsWith("vsoko-bench")) {
      root = root.getParent();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
