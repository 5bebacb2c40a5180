package io.github.vsoko.cli;

import io.github.vsoko.analytics.vpr.TaskThresholds;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.app.VprStudy;
import io.github.vsoko.app.VprStudyOptions;
import io.github.vsoko.app.VprStudyOutcome;
import io.github.vsoko.io.ImportMode;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.io.VprScalesTable;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.report.ReportOptions;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko vpr}: ВПР marks against journal marks, objectivity markers, over any number of exports. */
@Command(
    name = "vpr",
    mixinStandardHelpOptions = true,
    description = {
      "Анализ ВПР: сравнение отметок с отметками по журналу (понизили / подтвердили / повысили), расхождения на 2 балла",
      "и более, средний первичный балл, корреляция Спирмена, признаки необъективности. Файлы читаются параллельно, потоково.",
      "Отчёты ФИС ОКО «Статистика по отметкам» и «Сравнение отметок с отметками по журналу» среди файлов распознаются сами",
      "и дают сравнение с муниципалитетом, регионом и Россией."},
    footer = {"", "Примеры:",
      "  vsoko vpr --results \"Проведение работы по математике, 4 класс. ВПР 2021.xlsx\" --scale 6,10,15,20",
      "  vsoko vpr --results 2021/*.xlsx --scales шкалы.csv --format html,xlsx --out анализ",
      "  vsoko vpr --results 2024/*.xlsx 2849657.xlsx --format html --out анализ   (2849657.xlsx — Ф3 ФИС ОКО)",
      "", "Проблемы строк — в stderr строками «файл:лист:строка:столбец: сообщение»; с --strict код выхода 1.",
      "Файл, который не читается, пропускается с сообщением, остальные анализируются; код выхода тогда 1."})
final class VprCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--results", required = true, arity = "1..*", paramLabel = "ФАЙЛ", description = "Выгрузки ВПР (XLSX/CSV) и отчёты ФИС ОКО со статистикой.")
  private List<Path> results;

  @Option(names = "--scale", paramLabel = "МИН3,МИН4,МИН5[,МАКС]", description = "Шкала перевода для всех работ.")
  private String scale;

  @Option(names = "--task-thresholds", paramLabel = "БД,БН,ПД,ПН",
      description = "Пороги выполнения заданий, %%: базовые — достаточный от, недостаточный ниже; повышенные — то же "
          + "(по умолчанию 60,57,30,28.5).")
  private String taskThresholds;

  @Option(names = "--scales", paramLabel = "ФАЙЛ", description = "Шкалы по работам: таблица Год, Предмет, Класс, Мин3, Мин4, Мин5[, Макс, "
      + "Задания повышенного уровня].")
  private Path scalesFile;

  @Option(names = "--tasks", paramLabel = "ФАЙЛ", description = "Каталог заданий: таблица Год, Предмет, Класс, Задание, "
      + "Уровень (Б/П/В)[, Макс. балл, Проверяемое умение] — уровни и умения в таблице заданий отчёта.")
  private Path tasksFile;

  @Option(names = "--subject", paramLabel = "ПРЕДМЕТ", description = "Предмет, если его нет в файле, имени и папках.")
  private String subject;

  @Option(names = "--grade", paramLabel = "КЛАСС", description = "Класс, если его нет в файле.")
  private Integer grade;

  @Option(names = "--year", paramLabel = "ГГГГ", description = "Год, если его нет в файле.")
  private Integer year;

  @Option(names = "--format", split = ",", defaultValue = "json", paramLabel = "ФОРМАТ",
      description = "json (по умолчанию; без --out — в stdout), html, md, xlsx, docx, pdf, csv, tsv, text.")
  private List<String> formats;

  @Option(names = "--out", paramLabel = "ПАПКА", description = "Папка для vpr.<формат>.")
  private Path out;

  @Option(names = "--strict", description = "Код выхода 1 при любой проблеме во входных файлах.")
  private boolean strict;

  @Option(names = "--heuristics", description = "Добавить неофициальные признаки (понизили/повысили ≥ 20 %% и ≥ 40 %%).")
  private boolean heuristics;

  @Option(names = "--threads", paramLabel = "N", description = "Потоков чтения (по умолчанию — по числу ядер).")
  private Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    VprScales scales = scales();
    TaskThresholds thresholds = thresholds(); // a bad value is a usage error before any file is read
    if (out == null && (formats.size() != 1 || formats.get(0).equals("html") || formats.get(0).equals("xlsx")
        || formats.get(0).equals("docx") || formats.get(0).equals("pdf"))) {
      throw new ParameterException(spec.commandLine(), "--out нужен для форматов, кроме json, tsv, text, md и csv");
    }
    Console.check(spec, formats);
    VprTaskLevels levels = (scalesFile == null ? VprTaskLevels.none() : VprScalesTable.readTaskLevels(scalesFile, VprTaskLevels.none()))
        .withThresholds(thresholds);
    if (tasksFile != null) { // the catalogue is the more detailed: its works win over the scales table's levels
      levels = io.github.vsoko.io.VprTaskCatalogueTable.read(tasksFile, VprTaskLevels.none()).withThresholds(thresholds)
          .orElse(levels);
    }
    VprImportOptions importOptions = new VprImportOptions(Optional.ofNullable(subject).map(SchoolSubject::of),
        Optional.ofNullable(grade).map(Grade::of), Args.year(year, "--year", spec) == null ? OptionalInt.empty() : OptionalInt.of(year), ImportMode.LENIENT,
        Optional.empty());
    boolean documents = formats.stream().anyMatch(f -> !f.equals("json"));
    VprStudyOptions options = new VprStudyOptions(scales, levels, heuristics, documents, threads == null ? 0 : threads,
        importOptions, "Анализ результатов ВПР", Optional.empty(), ReportOptions.defaults().withLanguage(VsokoCli.language(spec)));
    Progress progress = Progress.of(err, results.size(), VsokoCli.quiet(spec));
    VprStudyOutcome outcome;
    try {
      outcome = new VprStudy().run(results, options, (file, done, total) -> progress.step());
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "--results: нет файла " + e.getMessage());
    }
    progress.finish();
    Console.problemLines(spec, outcome.problems());
    if (outcome.unscaled() > 0) {
      err.println("vsoko: для " + outcome.unscaledWorks() + " нет шкалы перевода (--scale, --scales) и отметок в файле: "
          + outcome.unscaled() + " участников не сравнены с отметкой по журналу");
    }
    if (outcome.overMaximum() > 0) {
      err.println("vsoko: у " + outcome.overMaximum() + " участников первичный балл больше максимума шкалы; они учтены как invalid");
    }
    for (var skipped : outcome.skipped()) {
      err.println("vsoko: " + skipped.reason() + (results.size() > 1 ? " — файл пропущен" : ""));
    }
    if (!outcome.skipped().isEmpty() && results.size() > 1) {
      err.println("vsoko: пропущено файлов: " + outcome.skipped().size() + " из " + results.size()
          + "; остальные проанализированы");
    }
    if (out == null) {
      Console.print(spec, outcome.report(), formats.get(0));
    } else {
      Console.write(spec, List.of(outcome.report()), formats, out);
    }
    if (!outcome.skipped().isEmpty()) {
      return VsokoCli.EXIT_DATA;
    }
    return strict && (!outcome.problems().isEmpty() || outcome.unscaled() > 0 || outcome.overMaximum() > 0) ? VsokoCli.EXIT_DATA : 0;
  }

  private TaskThresholds thresholds() {
    try {
      return taskThresholds == null ? TaskThresholds.defaults() : TaskThresholds.parse(taskThresholds);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--task-thresholds: " + e.getMessage());
    }
  }

  private VprScales scales() {
    VprScales base = scale == null ? VprScales.bundled() : Args.vprScale(scale, "--scale", spec);
    return scalesFile == null ? base : VprScalesTable.read(scalesFile, base);
  }
}
