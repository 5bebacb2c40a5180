package io.github.vsoko.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vsoko} command line: the entry point of {@code vsoko-cli/target/vsoko.jar}.
 *
 * <p>Exit codes: 0 — done; 1 — the data has problems; 2 — wrong usage. Errors are one line each naming the place;
 * {@code --debug} adds the stack trace, {@code --quiet} silences progress and «written» messages.
 */
@Command(
    name = "vsoko",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "vsoko — внутренняя система оценки качества образования (ВСОКО): план функционирования и циклограмма, "
        + "самообследование (приказы № 462, № 1324), анализ результатов оценочных процедур, адресные рекомендации. "
        + "Начните с «vsoko demo --out demo-output».",
    footer = {"", "Пример:", "  java -jar vsoko.jar demo --out demo-output"},
    subcommands = {DemoCommand.class, PlanCommand.class, ImportCommand.class, ReportCommand.class, VprCommand.class, AttestationCommand.class, RecommendCommand.class, FollowUpCommand.class, GiaCommand.class, AuditCommand.class, SheetCommand.class, LiteracyCommand.class, SurveyCommand.class, ValidateCommand.class, TemplateCommand.class, IndicatorsCommand.class, ProvidersCommand.class, EvaluateCommand.class, DynamicsCommand.class,
        ScheduleCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class VsokoCli implements Runnable {
  /** Exit code for data problems. */
  public static final int EXIT_DATA = 1;
  /** Exit code for wrong usage. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "При ошибке показать трассировку стека (для разработчиков).")
  private boolean debug;

  @CommandLine.Option(names = "--plugins", scope = CommandLine.ScopeType.INHERIT, paramLabel = "КАТАЛОГ",
      description = "Каталог с jar-файлами расширений (наборы показателей и правила, форматы отчётов): подключаются к команде.")
  private java.nio.file.Path plugins;

  @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
      description = "Не печатать сообщения о ходе работы и о записанных файлах (данные и ошибки печатаются).")
  private boolean quiet;

  @CommandLine.Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "ru|en",
      description = "Язык подписей: ru (по умолчанию) или en; официальные формулировки показателей остаются русскими.")
  private String lang;

  /** The language of labels: the {@code --lang} given nearest to the command, else Russian. */
  static io.github.vsoko.report.Language language(CommandLine.Model.CommandSpec spec) {
    for (CommandLine.Model.CommandSpec s = spec; s != null; s = s.parent()) {
      CommandLine.ParseResult r = s.commandLine().getParseResult();
      if (r != null && r.hasMatchedOption("--lang")) {
        String value = r.matchedOptionValue("--lang", "ru");
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
          case "ru" -> io.github.vsoko.report.Language.RU;
          case "en" -> io.github.vsoko.report.Language.EN;
          default -> throw new CommandLine.ParameterException(spec.commandLine(), "--lang: ожидается ru или en, получено «"
              + value + "»");
        };
      }
    }
    return io.github.vsoko.report.Language.RU;
  }

  /** Prints a progress or «written» message on stdout unless {@code --quiet} was given; data and errors never go here. */
  static void info(CommandLine.Model.CommandSpec spec, String message) {
    if (!quiet(spec)) {
      spec.commandLine().getOut().println(message);
    }
  }

  /** Whether {@code --quiet} was given to the command of {@code spec} or to any command above it. */
  static boolean quiet(CommandLine.Model.CommandSpec spec) {
    return matched(spec, "--quiet");
  }

  /** Whether {@code --debug} was given to the command of {@code spec} or to any command above it. */
  static boolean debug(CommandLine.Model.CommandSpec spec) {
    return matched(spec, "--debug");
  }

  private static boolean matched(CommandLine.Model.CommandSpec spec, String option) {
    for (CommandLine.Model.CommandSpec s = spec; s != null; s = s.parent()) {
      CommandLine.ParseResult r = s.commandLine().getParseResult();
      if (r != null && r.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchedAnywhere(CommandLine.ParseResult result, String option) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit code, writing to the given streams. */
  public static int execute(PrintWriter rawOut, PrintWriter rawErr, String... args) {
    // nothing from data reaches the terminal as a control sequence
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true);
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
    CommandLine cli = new CommandLine(new VsokoCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_DATA);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("vsoko: " + UsageMessages.russian(e.getMessage()));
      err.println("Справка: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, c, r) -> {
      if (e instanceof io.github.vsoko.model.problem.ProblemException p) {
        p.problems().forEach(problem -> err.println("vsoko: " + problem));
      } else {
        err.println("vsoko: " + e.getMessage());
      }
      if (matchedAnywhere(r, "--debug")) {
        e.printStackTrace(err);
      } else if (e.getMessage() == null || !(e instanceof IllegalArgumentException || e instanceof java.io.IOException
          || e.getClass().getName().startsWith("io.github.vsoko"))) {
        err.println("vsoko: " + e.getClass().getSimpleName() + " — подробности с --debug");
      }
      return EXIT_DATA;
    });
    cli.setExecutionStrategy(new Plugins(new CommandLine.RunLast()));
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("vsoko: не хватило памяти (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " МБ): данные слишком велики для "
          + "этого запуска; дайте Java больше памяти (java -Xmx2g -jar vsoko.jar …) или разделите входные файлы");
      code = EXIT_DATA;
    }
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
