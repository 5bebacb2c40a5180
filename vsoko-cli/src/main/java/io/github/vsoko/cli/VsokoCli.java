package io.github.vsoko.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vsoko} command line: the entry point of {@code vsoko-cli/target/vsoko.jar}.
 *
 * <p>Exit codes: 0 — done; 1 — the data has problems; 2 — wrong usage.
 */
@Command(
    name = "vsoko",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "vsoko — внутренняя система оценки качества образования (ВСОКО): планы функционирования,",
      "самообследование, анализ результатов оценочных процедур.",
    },
    footer = {"", "Пример:", "  java -jar vsoko.jar demo --out demo-output"},
    subcommands = {DemoCommand.class, ImportCommand.class, ReportCommand.class, VprCommand.class, AttestationCommand.class, RecommendCommand.class, GiaCommand.class, AuditCommand.class, SheetCommand.class, LiteracyCommand.class, ValidateCommand.class, TemplateCommand.class, IndicatorsCommand.class, EvaluateCommand.class,
        ScheduleCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class VsokoCli implements Runnable {
  /** Exit code for data problems. */
  public static final int EXIT_DATA = 1;
  /** Exit code for wrong usage. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit code, writing to the given streams. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new VsokoCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_DATA);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("vsoko: " + e.getMessage());
      err.println("Справка: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, c, r) -> {
      err.println("vsoko: " + e.getMessage());
      return EXIT_DATA;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(execute(out, err, args));
  }
}
