package io.github.vsoko.cli;

import io.github.vsoko.app.DemoOutcome;
import io.github.vsoko.app.DemoSchool;
import io.github.vsoko.app.DemoWorkflow;
import io.github.vsoko.app.ReportFiles;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko demo}: the whole of vsoko on the embedded demo school, in one folder with an index page. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Всё на демонстрационной школе (МБОУ СОШ № 7, 2024 год): отчёт о самообследовании во всех форматах, план "
        + "функционирования ВСОКО с циклограммой, анализ ВПР с диаграммами, дорожная карта, адресные рекомендации, оценочный "
        + "лист; index.html — ссылки и сводка показателей и предупреждений.",
    footer = {"", "Пример:", "  java -jar vsoko.jar demo --out demo-output"})
final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "ПАПКА", description = "Папка для файлов (создаётся).")
  private Path out;

  @Override
  public Integer call() throws IOException {
    ReportFiles files = Console.files();
    DemoOutcome outcome = new DemoWorkflow(Console.registry(spec), files).run(DemoSchool.load(),
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec)));
    for (Path p : outcome.write(files, out)) {
      VsokoCli.info(spec, "Записано: " + p);
    }
    VsokoCli.info(spec, "Откройте " + out.resolve("index.html").toAbsolutePath());
    return 0;
  }
}
