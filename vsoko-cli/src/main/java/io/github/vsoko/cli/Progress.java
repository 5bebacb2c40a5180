package io.github.vsoko.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on stderr for long work over many files («[######    ] 12/40 файлов»), drawn only when stderr
 * is a terminal and {@code --quiet} is not given; otherwise it prints nothing, so logs and tests stay clean.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final AtomicInteger done = new AtomicInteger();

  private Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  /** A bar for {@code total} files; drawn when {@code System.console()} exists (a terminal) and not quiet. */
  static Progress of(PrintWriter err, int total, boolean quiet) {
    return new Progress(err, total, !quiet && total > 1 && System.console() != null);
  }

  /** Whether the bar is drawn. */
  boolean enabled() {
    return enabled;
  }

  /** One more file done. */
  void step() {
    int d = done.incrementAndGet();
    if (enabled) {
      synchronized (err) {
        err.print("\r" + bar(d, total));
        err.flush();
      }
    }
  }

  /** Ends the line. */
  void finish() {
    if (enabled) {
      synchronized (err) {
        err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
        err.flush();
      }
    }
  }

  /** The bar's text for {@code done} of {@code total}. */
  static String bar(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " файлов";
  }
}
