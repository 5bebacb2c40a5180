package io.github.vsoko.cli;

import io.github.vsoko.model.time.AcademicYear;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option values the commands share, parsed with one usage message each. */
final class Args {
  private Args() {}

  /** «2024/2025» (or «2024-2025»), else a usage error naming the option. */
  static AcademicYear academicYear(String text, String option, CommandSpec spec) {
    try {
      return AcademicYear.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": ожидается учебный год вида 2024/2025, получено «" + text + "»");
    }
  }
}
