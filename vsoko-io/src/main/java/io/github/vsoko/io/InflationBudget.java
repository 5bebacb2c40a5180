package io.github.vsoko.io;

import java.io.FilterInputStream;
import java.io.IOException;
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
    return new FilterInputStream(in) {
      private long size;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
      }

      private void count(long n) {
        size += n;
        synchronized (InflationBudget.this) {
          total += n;
          if (size > maxEntry || total > maxTotal) {
            throw ArchiveGuard.tooLarge(file, entry, maxEntry, maxTotal);
          }
        }
      }
    };
  }
}
