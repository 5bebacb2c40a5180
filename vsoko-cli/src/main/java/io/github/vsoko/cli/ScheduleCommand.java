package io.github.vsoko.cli;

import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.report.ScheduleReport;

import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.schedule.ScheduleParseException;
import io.github.vsoko.model.time.AcademicYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vsoko schedule}: reads deadline texts as plans write them and tells when they fall due. */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = {
      "Разбирает сроки так, как они записаны в планах и дорожных картах, и показывает даты исполнения",
      "в учебном году, месяцы и просрочку на дату.",
    },
    footer = {
      "", "Примеры:",
      "  vsoko schedule \"Февраль – апрель ежегодно\" --year 2024/2025 --on 15.05.2025",
      "  vsoko schedule \"Декабрь, июнь\" \"до 01.09.2024\" \"Февраль 9-е классы Май 10-е классы\"",
      "", "Код выхода 1, если хотя бы один срок не удалось разобрать."
    })
final class ScheduleCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "СРОК", description = "Текст срока, например «Февраль – апрель ежегодно».")
  private List<String> texts;

  @Option(names = "--year", paramLabel = "ГГГГ/ГГГГ", description = "Учебный год (по умолчанию — текущий или содержащий --on).")
  private String year;

  @Option(names = "--on", paramLabel = "ДАТА", description = "Дата проверки просрочки: 15.05.2025 или 2025-05-15.")
  private String on;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv, md или json.")
  private String format;

  @Override
  public Integer call() throws java.io.IOException {
    Console.check(spec, List.of(format));
    LocalDate date = on == null ? null : Args.date(on, "--on", spec);
    AcademicYear academicYear = year != null ? Args.academicYear(year, "--year", spec)
        : AcademicYear.of(date != null ? date : LocalDate.now()); // the CLI's clock: the library takes the year
    List<Map.Entry<String, Schedule>> read = new ArrayList<>();
    int failures = 0;
    for (String text : texts) {
      try {
        read.add(Map.entry(text, Schedule.parse(text)));
      } catch (ScheduleParseException e) {
        spec.commandLine().getErr().println("vsoko: " + e.getMessage());
        failures++;
      }
    }
    Console.print(spec, ScheduleReport.build(read, academicYear, java.util.Optional.ofNullable(date),
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec))), format);
    return failures == 0 ? 0 : VsokoCli.EXIT_DATA;
  }
}
