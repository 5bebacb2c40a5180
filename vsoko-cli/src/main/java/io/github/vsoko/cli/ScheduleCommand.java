package io.github.vsoko.cli;

import io.github.vsoko.model.time.RussianMonths;
import io.github.vsoko.model.schedule.Schedule;
import io.github.vsoko.model.schedule.ScheduleParseException;
import io.github.vsoko.model.time.AcademicYear;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
  private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "СРОК", description = "Текст срока, например «Февраль – апрель ежегодно».")
  private List<String> texts;

  @Option(names = "--year", paramLabel = "ГГГГ/ГГГГ", description = "Учебный год (по умолчанию — текущий или содержащий --on).")
  private String year;

  @Option(names = "--on", paramLabel = "ДАТА", description = "Дата проверки просрочки: 15.05.2025 или 2025-05-15.")
  private String on;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date = on == null ? null : parseDate(on);
    AcademicYear academicYear = year != null
        ? AcademicYear.parse(year)
        : AcademicYear.of(date != null ? date : LocalDate.now());
    int failures = 0;
    for (String text : texts) {
      Schedule schedule;
      try {
        schedule = Schedule.parse(text);
      } catch (ScheduleParseException e) {
        err.println("vsoko: " + e.getMessage());
        failures++;
        continue;
      }
      out.println("Срок: «" + text + "»");
      out.println("  Запись: " + (schedule.isSpecified() ? schedule.format() : "(не указан)"));
      out.println("  Учебный год: " + academicYear);
      List<LocalDate> due = schedule.dueDates(academicYear);
      out.println("  Даты исполнения: " + (due.isEmpty() ? "нет (срок не привязан к дате)"
          : due.stream().map(RU_DATE::format).collect(Collectors.joining(", "))));
      List<String> months = academicYear.months().stream()
          .filter(schedule::isDueIn)
          .map(YearMonth::getMonth)
          .map(RussianMonths::nominative)
          .toList();
      out.println("  Месяцы: " + (months.isEmpty() ? "нет" : String.join(", ", months)));
      if (date != null) {
        out.println("  Просрочено на " + RU_DATE.format(date) + ": " + (schedule.isOverdue(academicYear, date) ? "да" : "нет"));
      }
    }
    return failures == 0 ? 0 : VsokoCli.EXIT_DATA;
  }

  private LocalDate parseDate(String text) {
    try {
      return text.contains(".") ? LocalDate.parse(text, RU_DATE) : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--on: дата должна быть вида 15.05.2025 или 2025-05-15, получено «" + text + "»");
    }
  }
}
