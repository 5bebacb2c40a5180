package io.github.vsoko.cli;

import io.github.vsoko.analytics.gia.ExamScales;
import io.github.vsoko.analytics.gia.GiaGrouping;
import io.github.vsoko.analytics.gia.GiaMinimums;
import io.github.vsoko.analytics.gia.MinimumPurpose;
import io.github.vsoko.app.GiaRequest;
import io.github.vsoko.app.GiaWorkflow;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko gia}: ГИА by exam, form, subject and level. */
@Command(
    name = "gia",
    mixinStandardHelpOptions = true,
    description = "Итоги ГИА: средние баллы, отметки, доля ниже минимума (таблицы минимумов по годам и назначению), "
        + "сравнение отметки на экзамене с годовой.",
    footer = {"", "Пример:", "  vsoko gia --data school.json --year 2024 --purpose admission --scales oge-2024.yaml --format tsv",
        "  vsoko gia --data school.json --year 2024 --by teacher --format json",
        "  vsoko gia --results \"Протокол ОГЭ 2024.xls\" --key-file ключ.txt --year 2024"})
final class GiaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", paramLabel = "ФАЙЛ", description = "Данные организации (vsoko/1 JSON).")
  private Path data;

  @Option(names = "--results", arity = "1..*", paramLabel = "ФАЙЛ",
      description = "Протоколы РЦОИ (ОГЭ, ГВЭ, ЕГЭ; .xls или .xlsx): результаты берутся из них; с --data — к обучающимся данных "
          + "по псевдониму.")
  private java.util.List<Path> results;

  @Option(names = "--key-file", paramLabel = "ФАЙЛ",
      description = "Ключ псевдонимизации ФИО (текстовый файл, не короче 16 байт; храните его в школе, один на школу).")
  private Path keyFile;

  @Option(names = "--year", required = true, paramLabel = "ГГГГ", description = "Год ГИА.")
  private int year;

  @Option(names = "--purpose", defaultValue = "certificate", paramLabel = "НАЗНАЧЕНИЕ",
      description = "Минимум ЕГЭ: certificate (аттестат, по умолчанию), admission (Рособрнадзор), ministry (вузы Минобрнауки).")
  private String purpose;

  @Option(names = "--minimums", paramLabel = "ФАЙЛ.yaml",
      description = "Таблица минимальных баллов ЕГЭ (format: vsoko-gia-minimums/1: год, цель, баллы по предметам); дополняет "
          + "встроенную и заменяет её значения там, где обе их дают.")
  private java.nio.file.Path minimums;

  @Option(names = "--annual-mapping", paramLabel = "СОСТАВ",
      description = "Из каких предметов складывается годовая отметка предмета экзамена, если по нему отметки нет: "
          + "«Математика=Алгебра+Геометрия» (по умолчанию; среднее, округление в пользу ученика); «-» — только свой предмет.")
  private String annualMapping;

  @Option(names = "--scales", paramLabel = "ФАЙЛ",
      description = "Шкалы перевода баллов ОГЭ/ГВЭ в отметки (YAML, format: vsoko-exam-scales/1) в дополнение к встроенным.")
  private Path scales;

  @Option(names = "--by", paramLabel = "ГРУППА",
      description = "class или teacher: кроме итогов по предметам — по классам или по учителям (из нагрузки) с долями "
          + "понизивших и повысивших годовую отметку и маркерами.")
  private String by;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv или json.")
  private String format;

  private boolean skipped;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, java.util.List.of(format));
    if (data == null && results == null) {
      throw new ParameterException(spec.commandLine(), "нужны --data или --results (протоколы РЦОИ)");
    }
    SchoolData school = data == null ? null : Args.schoolData(data, "--data", spec);
    if (results != null) {
      io.github.vsoko.io.Pseudonyms key = Args.pseudonyms(keyFile, "--results", spec);
      var loaded = io.github.vsoko.app.ProtocolInputs.load(results, key, java.util.Optional.ofNullable(school));
      Console.problemLines(spec, loaded.problems());
      loaded.skipped().forEach(s -> spec.commandLine().getErr().println("vsoko: " + s.reason() + " — файл пропущен"));
      school = loaded.data();
      skipped = !loaded.skipped().isEmpty();
    }
    MinimumPurpose p = switch (purpose.toLowerCase(Locale.ROOT)) {
      case "certificate" -> MinimumPurpose.CERTIFICATE;
      case "admission" -> MinimumPurpose.ADMISSION;
      case "ministry" -> MinimumPurpose.MINISTRY_UNIVERSITIES;
      default -> throw new ParameterException(spec.commandLine(), "--purpose: certificate, admission или ministry, получено «"
          + purpose + "»");
    };
    ExamScales table = ExamScales.bundled();
    if (scales != null) {
      table = table.with(Args.yaml(scales, "--scales", spec, ExamScales::load));
    }
    GiaMinimums minimumTable = GiaMinimums.bundled();
    if (minimums != null) {
      minimumTable = minimumTable.overriddenBy(Args.yaml(minimums, "--minimums", spec, GiaMinimums::load));
    }
    GiaRequest request = new GiaRequest(school, Args.year(year, "--year", spec), minimumTable, p, table,
        ReportOptions.defaults().withLanguage(VsokoCli.language(spec)));
    if (annualMapping != null) {
      try {
        request = request.withMapping(annualMapping.strip().equals("-") ? io.github.vsoko.analytics.gia.AnnualMarkMapping.none()
            : io.github.vsoko.analytics.gia.AnnualMarkMapping.parse(annualMapping));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--annual-mapping: " + e.getMessage());
      }
    }
    if (by != null) {
      request = request.withGrouping(switch (by.toLowerCase(Locale.ROOT)) {
        case "class" -> GiaGrouping.CLASS;
        case "teacher" -> GiaGrouping.TEACHER;
        default -> throw new ParameterException(spec.commandLine(), "--by: class или teacher, получено «" + by + "»");
      });
    }
    var outcome = new GiaWorkflow().run(request);
    outcome.warnings().forEach(w -> spec.commandLine().getErr().println("vsoko: предупреждение: " + w));
    Console.print(spec, outcome.report(), format);
    return skipped ? VsokoCli.EXIT_DATA : 0;
  }
}
