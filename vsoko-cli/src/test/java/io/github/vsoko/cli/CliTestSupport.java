package io.github.vsoko.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, capturing what it prints (shared by the command tests). */
abstract class CliTestSupport {
  protected final StringWriter out = new StringWriter();
  protected final StringWriter err = new StringWriter();

  protected int run(String... args) {
    return VsokoCli.execute(new PrintWriter(out), new PrintWriter(err), args);
  }
}
