package io.github.vsoko.cli;

import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.app.AttestationOutcome;
import io.github.vsoko.app.AttestationRequest;
import io.github.vsoko.app.AttestationWorkflow;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
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

/** {@code vsoko attestation}: успеваемость, качество, СОУ, средний балл by class, parallel, subject, level. */
@Command(
    name = "attestation",
    mixinStandardHelpOptions = true,
    description = "Итоги промежуточной аттестации: успеваемость, качество знаний, СОУ, средний балл по классам, параллелям, "
        + "предметам, уровням (н/а — в знаменателе, освобождённые и выбывшие — нет).",
    footer = {"", "Примеры:", "  vsoko attestation --data school.json --academic-year 2023/2024 --by class-subject --format tsv",
        "  vsoko attestation --in \"Итоговые отметки 9Б.xls\" --key-file ключ.txt --academic-year 2023/2024 --by subject"})
final class AttestationCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--in", arity = "1..*", paramLabel = "ФАЙЛ",
      description = "Выгрузки «Сетевого города» (.xls-страницы HTML: итоговые отметки класса, отчёт ученика); с --data — "
          + "к обучающимся данных по псевдониму.")
  private List<Path> in;

  @Option(names = "--key-file", paramLabel = "ФАЙЛ",
      description = "Ключ псевдонимизации ФИО (текстовый файл, не короче 16 байт; один на школу).")
  private Path keyFile;

  private boolean skipped;

  @Option(names = "--data", paramLabel = "ФАЙЛ", description = "Данные организации (vsoko/1 JSON).")
  private Path data;

  @Option(names = "--academic-year", required = true, paramLabel = "ГГГГ/ГГГГ", description = "Учебный год.")
  private String academicYear;

  @Option(names = "--period", defaultValue = "year", paramLabel = "ПЕРИОД",
      description = "year (по умолчанию), half:N, quarter:N, trimester:N.")
  private String period;

  @Option(names = "--by", defaultValue = "class", paramLabel = "ГРУППА",
      description = "class, grade, level, subject, class-subject, school, teacher (по нагрузке). По умолчанию: ${DEFAULT-VALUE}.")
  private String by;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv или json.")
  private String format;

  @Option(names = "--na-weight", defaultValue = "7", paramLabel = "7|0", description = "Вес «н/а» в СОУ (7 или 0).")
  private int naWeight;

  @Option(names = "--mean-over-base", description = "Средний балл делить на всех (с н/а), а не на число отметок.")
  private boolean meanOverBase;

  @Option(names = "--include-leavers", description = "Учитывать отметки выбывших до конца периода.")
  private boolean includeLeavers;

  @Option(names = "--cohort", paramLabel = "КЛАСС", description = "Проследить класс учебного года --academic-year по всем "
      + "периодам с отметками (когорта: «5Б» — и кем он был годом раньше).")
  private String cohort;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    if (data == null && in == null) {
      throw new ParameterException(spec.commandLine(), "нужны --data или --in (выгрузки «Сетевого города»)");
    }
    SchoolData school = data == null ? null : Args.schoolData(data, "--data", spec);
    if (in != null) {
      var loaded = io.github.vsoko.app.SgoInputs.load(in, Args.pseudonyms(keyFile, "--in", spec),
          java.util.Optional.ofNullable(school));
      Console.problemLines(spec, loaded.problems());
      loaded.skipped().forEach(s -> spec.commandLine().getErr().println("vsoko: " + s.reason() + " — файл пропущен"));
      school = loaded.data();
      skipped = !loaded.skipped().isEmpty();
    }
    AcademicYear year = Args.academicYear(academicYear, "--academic-year", spec);
    AttestationOptions options;
    try {
      options = new AttestationOptions(naWeight, meanOverBase, !includeLeavers);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--na-weight: " + e.getMessage());
    }
    if (cohort != null) {
      io.github.vsoko.model.school.ClassName className;
      try {
        className = io.github.vsoko.model.school.ClassName.parse(cohort);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--cohort: " + e.getMessage());
      }
      io.github.vsoko.app.CohortOutcome outcome;
      try {
        outcome = new AttestationWorkflow().cohort(school, className, year, options,
            ReportOptions.defaults().withLanguage(VsokoCli.language(spec)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--cohort: " + e.getMessage());
      }
      Console.print(spec, outcome.report(), format);
      return skipped ? VsokoCli.EXIT_DATA : 0;
    }
    AttestationGrouping grouping;
    try {
      grouping = AttestationGrouping.valueOf(by.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--by: class, grade, level, subject, class-subject, school или teacher, получено «"
          + by + "»");
    }
    AttestationRequest request;
    try {
      String[] parts = period.toLowerCase(Locale.ROOT).split(":");
      PeriodKind kind = switch (parts[0]) {
        case "year" -> PeriodKind.ACADEMIC_YEAR;
        case "half" -> PeriodKind.HALF_YEAR;
        case "quarter" -> PeriodKind.QUARTER;
        case "trimester" -> PeriodKind.TRIMESTER;
        default -> throw new IllegalArgumentException("year, half:N, quarter:N или trimester:N, получено «" + period + "»");
      };
      int number = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
      request = new AttestationRequest(school, year, kind, number, grouping, options,
          ReportOptions.defaults().withLanguage(VsokoCli.language(spec)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
    AttestationOutcome outcome;
    try {
      outcome = new AttestationWorkflow().run(request);
    } catch (IllegalArgumentException e) { // the data hold no marks, or several periods, for the period asked
      throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
    Console.print(spec, outcome.report(), format);
    return skipped ? VsokoCli.EXIT_DATA : 0;
  }
}
