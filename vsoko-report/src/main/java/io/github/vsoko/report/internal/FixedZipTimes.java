package io.github.vsoko.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An Office Open XML package written again with every entry dated 1 February 1980 (a plain DOS time, no extended UTC stamp, whatever the time
 * zone): POI stamps entries with the current time, so the same report would otherwise give other bytes each run.
 */
final class FixedZipTimes {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 2, 1, 0, 0);

  private FixedZipTimes() {}

  /** Writes the package in {@code zip} to {@code out} (left open) with fixed entry times, entries in their order. */
  static void write(byte[] zip, OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(buffer)) {
      rewritten.setLevel(6);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(EPOCH);
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    }
    buffer.writeTo(out);
  }
}
