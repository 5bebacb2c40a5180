package io.github.vsoko.cli;

import io.github.vsoko.analytics.literacy.LiteracyGrouping;
import io.github.vsoko.app.LiteracyOutcome;
import io.github.vsoko.app.LiteracyRequest;
import io.github.vsoko.app.LiteracyWorkflow;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko literacy}: functional literacy by direction and level for classes, parallels or the school. */
@Command(
    name = "literacy",
    mixinStandardHelpOptions = true,
    description = "Функциональная грамотность: доли обучающихся по уровням (недостаточный … высокий) по направлениям для классов, "
        + "параллелей или школы; по каждому обучающемуся — последняя диагностика периода.",
    footer = {"", "Пример:", "  vsoko literacy --data school.json --academic-year 2024/2025 --by class --format tsv"})
final class LiteracyCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации (vsoko/1 JSON).")
  private Path data;

  @Option(names = "--academic-year", paramLabel = "ГГГГ/ГГГГ",
      description = "Учебный год (по умолчанию — отчётный период данных).")
  private String academicYear;

  @Option(names = "--by", defaultValue = "school", paramLabel = "ГРУППА", description = "class, parallel или school. По умолчанию: ${DEFAULT-VALUE}.")
  private String by;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv или json.")
  private String format;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    SchoolData school = Args.schoolData(data, "--data", spec);
    ReportingPeriod period = academicYear == null ? school.period()
        : ReportingPeriod.academicYear(Args.academicYear(academicYear, "--academic-year", spec));
    LiteracyGrouping grouping;
    try {
      grouping = LiteracyGrouping.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--by: class, parallel или school, получено «" + by + "»");
    }
    LiteracyOutcome outcome = new LiteracyWorkflow().run(new LiteracyRequest(school, period, grouping,
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec))));
    Console.print(spec, outcome.report(), format);
    if (outcome.groups().isEmpty()) {
      spec.commandLine().getErr().println("Нет результатов диагностик функциональной грамотности за период " + period);
    }
    return 0;
  }
}
