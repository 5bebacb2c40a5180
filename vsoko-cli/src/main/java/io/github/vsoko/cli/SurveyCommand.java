package io.github.vsoko.cli;

import io.github.vsoko.app.SurveyOutcome;
import io.github.vsoko.app.SurveyRequest;
import io.github.vsoko.app.SurveyWorkflow;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko survey}: the surveys of a period, answers per option and the share of positive answers. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description = "Анкетирование удовлетворённости: по каждой анкете каждой группы респондентов — ответы по вариантам и доля "
        + "положительных ответов среди оценочных.",
    footer = {"", "Пример:", "  vsoko survey --data school.json --academic-year 2024/2025 --format json"})
final class SurveyCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации (vsoko/1 JSON).")
  private Path data;

  @Option(names = "--academic-year", paramLabel = "ГГГГ/ГГГГ",
      description = "Учебный год (по умолчанию — отчётный период данных).")
  private String academicYear;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv, json или html.")
  private String format;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    SchoolData school = Args.schoolData(data, "--data", spec);
    ReportingPeriod period = academicYear == null ? school.period()
        : ReportingPeriod.academicYear(Args.academicYear(academicYear, "--academic-year", spec));
    SurveyOutcome outcome = new SurveyWorkflow().run(new SurveyRequest(school, period,
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec))));
    Console.print(spec, outcome.report(), format);
    if (outcome.surveys().isEmpty()) {
      spec.commandLine().getErr().println("Нет результатов анкетирования за период " + period);
    }
    return 0;
  }
}
