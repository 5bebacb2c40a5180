package io.github.vsoko.cli;

import io.github.vsoko.report.ProblemsReport;
import io.github.vsoko.report.ReportOptions;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.app.InputOptions;
import io.github.vsoko.app.LoadedInputs;
import io.github.vsoko.app.SchoolInputs;

import io.github.vsoko.io.DataChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko validate}: reads the data and prints every problem found. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Проверяет данные: типы и диапазоны, ссылки между таблицами, повторы идентификаторов, согласованность "
        + "(первичный балл ВПР и сумма баллов за задания, даты) и выводит найденные проблемы.",
    footer = {"", "Пример:", "  vsoko validate --data school.json --data 2022/5/Математика.xlsx",
        "", "Код выхода 1, если найдена хотя бы одна проблема."})
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные: vsoko/1 JSON или выгрузка ВПР; можно несколько.")
  private List<Path> files;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv, md или json.")
  private String format;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    LoadedInputs loaded = SchoolInputs.load(files, InputOptions.defaults(java.time.Clock.systemDefaultZone()));
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(DataChecks.check(String.join(", ", files.stream().map(Path::toString).toList()), loaded.data()));
    Console.print(spec, ProblemsReport.build(problems, loaded.describe(), loaded.data().period().end(),
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec))), format);
    return problems.isEmpty() ? 0 : VsokoCli.EXIT_DATA;
  }
}
