package io.github.vsoko.cli;

import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprDistributions;
import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.TaskThresholds;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.io.ImportMode;
import io.github.vsoko.io.ImportProblem;
import io.github.vsoko.io.VprAnalysisJson;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.io.VprImportSummary;
import io.github.vsoko.io.VprScalesTable;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.report.ReportOptions;
import io.github.vsoko.report.ReportRenderers;
import io.github.vsoko.report.VprReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
      "и более, средний первичный балл, корреляция Спирмена, признаки необъективности. Файлы читаются параллельно, потоково."},
    footer = {"", "Примеры:",
      "  vsoko vpr --results \"Проведение работы по математике, 4 класс. ВПР 2021.xlsx\" --scale 6,10,15,20",
      "  vsoko vpr --results 2021/*.xlsx --scales шкалы.csv --format html,xlsx --out анализ",
      "", "Проблемы строк — в stderr строками «файл:лист:строка:столбец: сообщение»; с --strict код выхода 1."})
final class VprCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--results", required = true, arity = "1..*", paramLabel = "ФАЙЛ", description = "Выгрузки ВПР (XLSX/CSV).")
  private List<Path> results;

  @Option(names = "--scale", paramLabel = "МИН3,МИН4,МИН5[,МАКС]", description = "Шкала перевода для всех работ.")
  private String scale;

  @Option(names = "--task-thresholds", paramLabel = "БД,БН,ПД,ПН",
      description = "Пороги выполнения заданий, %: базовые — достаточный от, недостаточный ниже; повышенные — то же "
          + "(по умолчанию 60,57,30,28.5).")
  private String taskThresholds;

  @Option(names = "--scales", paramLabel = "ФАЙЛ", description = "Шкалы по работам: таблица Год, Предмет, Класс, Мин3, Мин4, Мин5[, Макс, "
      + "Задания повышенного уровня].")
  private Path scalesFile;

  @Option(names = "--subject", paramLabel = "ПРЕДМЕТ", description = "Предмет, если его нет в файле, имени и папках.")
  private String subject;

  @Option(names = "--grade", paramLabel = "КЛАСС", description = "Класс, если его нет в файле.")
  private Integer grade;

  @Option(names = "--year", paramLabel = "ГГГГ", description = "Год, если его нет в файле.")
  private Integer year;

  @Option(names = "--format", split = ",", defaultValue = "json", paramLabel = "ФОРМАТ",
      description = "json (по умолчанию; без --out — в stdout), html, md, xlsx, docx, pdf, csv.")
  private List<String> formats;

  @Option(names = "--out", paramLabel = "ПАПКА", description = "Папка для vpr.<формат>.")
  private Path out;

  @Option(names = "--strict", description = "Код выхода 1 при любой проблеме во входных файлах.")
  private boolean strict;

  @Option(names = "--heuristics", description = "Добавить неофициальные признаки (понизили/повысили ≥ 20 % и ≥ 40 %).")
  private boolean heuristics;

  @Option(names = "--threads", paramLabel = "N", description = "Потоков чтения (по умолчанию — по числу ядер).")
  private Integer threads;

  private record FileResult(VprAnalysis analysis, VprDistributions distributions, VprImportSummary summary) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    VprScales scales = scales();
    thresholds(); // a bad value is a usage error before any file is read
    VprImportOptions options = new VprImportOptions(Optional.ofNullable(subject).map(SchoolSubject::of),
        Optional.ofNullable(grade).map(Grade::of), year == null ? OptionalInt.empty() : OptionalInt.of(year), ImportMode.LENIENT,
        Optional.empty());
    for (Path file : results) {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "--results: нет файла " + file);
      }
    }
    int n = threads != null ? threads : Math.min(results.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, n));
    List<Future<FileResult>> futures = new ArrayList<>();
    Progress progress = Progress.of(err, results.size(), VsokoCli.quiet(spec));
    try {
      for (Path file : results) {
        futures.add(pool.submit(() -> {
          VprAnalysis analysis = new VprAnalysis(scales, heuristics);
          VprDistributions distributions = new VprDistributions(scales);
          String name = file.toString();
          boolean reports = formats.stream().anyMatch(f -> !f.equals("json"));
          VprImportSummary summary = VprImport.forEach(file, options, r -> {
            analysis.accept(name, r);
            if (reports) {
              distributions.accept(r);
            }
          });
          progress.step();
          return new FileResult(analysis, distributions, summary);
        }));
      }
      VprAnalysis all = new VprAnalysis(scales, heuristics);
      VprDistributions allDistributions = new VprDistributions(scales);
      List<ImportProblem> problems = new ArrayList<>();
      for (Future<FileResult> f : futures) {
        FileResult r;
        try {
          r = f.get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception ex ? ex : e;
        }
        all.merge(r.analysis());
        allDistributions.merge(r.distributions());
        problems.addAll(r.summary().problems());
      }
      progress.finish();
      problems.forEach(p -> err.println(line(p)));
      VprAnalysisResult result = all.result();
      long unscaled = result.schools().stream().mapToLong(s -> s.counts().noMark()).sum();
      if (unscaled > 0) {
        err.println("vsoko: для " + result.schools().stream().filter(s -> s.counts().noMark() > 0).map(VprSchoolResult::work)
            .distinct().map(Object::toString).toList() + " нет шкалы перевода (--scale, --scales) и отметок в файле: "
            + unscaled + " участников не сравнены с отметкой по журналу");
      }
      long overMax = result.total().overMaximum();
      if (overMax > 0) {
        err.println("vsoko: у " + overMax + " участников первичный балл больше максимума шкалы; они учтены как invalid");
      }
      write(result, allDistributions);
      return strict && (!problems.isEmpty() || unscaled > 0 || overMax > 0) ? VsokoCli.EXIT_DATA : 0;
    } finally {
      pool.shutdownNow();
    }
  }

  private TaskThresholds thresholds() {
    try {
      return taskThresholds == null ? TaskThresholds.defaults() : TaskThresholds.parse(taskThresholds);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--task-thresholds: " + e.getMessage());
    }
  }

  private VprScales scales() {
    VprScales base = VprScales.bundled();
    try {
      if (scale != null) {
        base = VprScales.forAll(VprScale.parse(scale));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
    }
    return scalesFile == null ? base : VprScalesTable.read(scalesFile, base);
  }

  private void write(VprAnalysisResult result, VprDistributions distributions) throws java.io.IOException {
    if (out == null) {
      if (formats.size() != 1 || !formats.get(0).equals("json")) {
        throw new ParameterException(spec.commandLine(), "--out нужен для форматов, кроме json");
      }
      spec.commandLine().getOut().print(VprAnalysisJson.write(result));
      return;
    }
    Files.createDirectories(out);
    ReportRenderers renderers = ReportRenderers.discover();
    VprTaskLevels levels = scalesFile == null ? VprTaskLevels.none() : VprScalesTable.readTaskLevels(scalesFile, VprTaskLevels.none());
    levels = levels.withThresholds(thresholds());
    var report = VprReport.build(result, distributions.result(), levels, "Анализ результатов ВПР", LocalDate.of(result.schools().stream()
        .mapToInt(s -> s.work().year()).max().orElse(2000), 12, 31), ReportOptions.defaults());
    for (String f : formats) {
      if (f.equals("json")) {
        Path file = out.resolve("vpr.json");
        Files.writeString(file, VprAnalysisJson.write(result));
        VsokoCli.info(spec, "Записано: " + file);
      } else if (renderers.find(f).isPresent()) {
        VsokoCli.info(spec, "Записано: " + renderers.write(report, f, out));
      } else {
        throw new ParameterException(spec.commandLine(), "--format: неизвестный формат «" + f + "»; доступны: json, "
            + String.join(", ", renderers.formats()));
      }
    }
  }

  /** «файл:лист:строка:столбец: сообщение». */
  static String line(ImportProblem p) {
    return p.file() + ":" + p.sheet().orElse("") + ":" + (p.row().isPresent() ? p.row().getAsInt() : "") + ":"
        + p.column().orElse("") + ": " + p.value().map(v -> "«" + v + "» — ").orElse("") + p.message();
  }
}
