package io.github.vsoko.cli;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.app.ReportFiles;
import io.github.vsoko.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Everything a command prints goes through here: reports rendered by the application layer, problems, messages. */
final class Console {
  private Console() {}

  /** The indicator registry of the class path; providers that failed are printed as located problems. */
  static io.github.vsoko.indicators.IndicatorRegistry registry(CommandSpec spec) {
    io.github.vsoko.indicators.IndicatorRegistry registry = io.github.vsoko.indicators.IndicatorRegistry.discover();
    problems(spec, registry.problems());
    return registry;
  }

  /** The renderers found (one lookup per run of a command is cheap). */
  static ReportFiles files() {
    return ReportFiles.discover();
  }

  /**
   * Prints a report to stdout in a console format: {@code table} (aligned text), {@code tsv}, {@code json}, or any other
   * text format a renderer gives.
   */
  static void print(CommandSpec spec, Report report, String format) throws IOException {
    check(spec, List.of(format));
    spec.commandLine().getOut().print(new String(files().render(report, rendererFormat(format)), StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
  }

  /** The console's «table» is the text renderer; every other format is a renderer's own. */
  private static String rendererFormat(String format) {
    return format.equals("table") ? "text" : format;
  }

  /** Checks the formats before any work: an unknown one is a usage error listing the known ones. */
  static void check(CommandSpec spec, List<String> formats) {
    try {
      files().check(formats.stream().map(Console::rendererFormat).toList());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
  }

  /** Writes reports in formats into a folder and says what was written (unless {@code --quiet}). */
  static int write(CommandSpec spec, List<Report> reports, List<String> formats, Path dir) throws IOException {
    ReportFiles files = files();
    try {
      files.check(formats);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    for (Path p : files.write(reports, formats, dir)) {
      VsokoCli.info(spec, "Записано: " + p);
    }
    return 0;
  }

  /** Prints problems of the input to stderr, one line each: «ошибка: файл, лист «…», строка 15, столбец J: сообщение». */
  static void problems(CommandSpec spec, List<Problem> problems) {
    problems.forEach(p -> spec.commandLine().getErr().println(p.severity().russianName() + ": " + p));
  }

  /** Prints problems as compilers do, for editors and scripts: «файл:лист:строка:столбец: «значение» — сообщение». */
  static void problemLines(CommandSpec spec, List<Problem> problems) {
    problems.forEach(p -> spec.commandLine().getErr().println(p.compact()));
  }
}
