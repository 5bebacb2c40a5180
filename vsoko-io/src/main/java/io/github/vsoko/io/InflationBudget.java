package io.github.vsoko.io;

import java.io.InputStream;

/**
 * The bounds of {@link ArchiveGuard} enforced while an archive's entries are read, so an entry is inflated once: each
 * stream it wraps stops with the guard's error as soon as its entry, or all entries read so far, pass their bound (a
 * «zip bomb» is refused after reading at most the bound, whatever the archive's directory claims).
 */
final class InflationBudget {
  private final String file;
  private final long maxEntry;
  private final long maxTotal;
  private long total;

  InflationBudget(String file, long maxEntry, long maxTotal) {
    this.file = file;
    this.maxEntry = maxEntry;
    this.maxTotal = maxTotal;
  }

  /** The entry's stream, counted against the bounds. */
  InputStream wrap(String entry, InputStream in) {
    long[] size = {0};
    return new CountedInputStream(in, n -> {
      size[0] += n;
      synchronized (this) {
        total += n;
        if (size[0] > maxEntry || total > maxTotal) {
          throw ArchiveGuard.tooLarge(file, entry, maxEntry, maxTotal);
        }
      }
    });
  }
}
