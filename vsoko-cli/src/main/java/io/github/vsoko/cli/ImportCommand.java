package io.github.vsoko.cli;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.app.InputOptions;
import io.github.vsoko.app.LoadedInputs;
import io.github.vsoko.app.SchoolInputs;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.io.ImportMode;
import io.github.vsoko.io.PlanImportOptions;
import io.github.vsoko.io.PlanImportResult;
import io.github.vsoko.io.PlanTablesImport;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.time.AcademicYear;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko import}: any supported input to the canonical JSON. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Преобразует входные файлы в канонический документ vsoko/1 (JSON, или YAML при --out *.yaml):",
      "  --in: выгрузки ВПР из ФИС ОКО (XLSX/CSV), таблицы школы (шаблон vsoko template), документы vsoko/1,",
      "        протоколы РЦОИ (ГИА) и выгрузки «Сетевого города» (нужен --key-file: ФИО → псевдонимы);",
      "  --plan: таблица плана функционирования ВСОКО (циклограмма) в XLSX/CSV;",
      "  --road-map: таблица дорожной карты в XLSX/CSV."},
    footer = {
      "", "Примеры:",
      "  vsoko import --in \"Проведение работы по математике, 4 класс. ВПР 2021.xlsx\" --out vpr.json",
      "  vsoko import --in school.json --in 2022/5/Математика.xlsx --out school-with-vpr.json",
      "  vsoko import --in results.csv --subject \"Русский язык\" --grade 5 --year 2024 --out vpr.json",
      "  vsoko import --in \"Итоговые отметки 9Б.xls\" --in \"Протокол ОГЭ 2024.xls\" --key-file ключ.txt --out school.json",
      "  vsoko import --plan циклограмма.xlsx --organization sch29 --academic-year 2024/2025 --out plan.yaml",
      "  vsoko import --road-map карта.xlsx --organization sch29 --academic-year 2024/2025 --until 2025/2026 --out road-map.json",
      "", "Проблемы строк выводятся в stderr, по одной в строке; код выхода 1, если строки не импортированы."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--in", paramLabel = "ФАЙЛ", description = "Входной файл данных; можно несколько.")
  private List<Path> inputs = List.of();

  @Option(names = "--plan", paramLabel = "ФАЙЛ", description = "Таблица плана функционирования ВСОКО (XLSX/CSV).")
  private Path plan;

  @Option(names = "--road-map", paramLabel = "ФАЙЛ", description = "Таблица дорожной карты (XLSX/CSV).")
  private Path roadMap;

  @Option(names = "--organization", paramLabel = "ИД", description = "Идентификатор организации плана или дорожной карты.")
  private String organization;

  @Option(names = "--academic-year", paramLabel = "ГГГГ/ГГГГ",
      description = "Учебный год плана (первый год дорожной карты), например 2024/2025.")
  private String academicYear;

  @Option(names = "--until", paramLabel = "ГГГГ/ГГГГ", description = "Последний учебный год дорожной карты; по умолчанию --academic-year.")
  private String until;

  @Option(names = "--out", required = true, paramLabel = "ФАЙЛ",
      description = "Куда записать документ vsoko/1: JSON, или YAML, если имя кончается на .yaml/.yml (его читает любая команда).")
  private Path out;

  @Option(names = "--subject", paramLabel = "ПРЕДМЕТ", description = "Предмет ВПР, если его нет в файле, имени и папках.")
  private String subject;

  @Option(names = "--grade", paramLabel = "КЛАСС", description = "Класс ВПР, если его нет в файле, имени и папках.")
  private Integer grade;

  @Option(names = "--year", paramLabel = "ГГГГ", description = "Год ВПР (и отчётный год), если его нет в файле.")
  private Integer year;

  @Option(names = "--strict", description = "Не импортировать ничего, если найдена хотя бы одна проблема.")
  private boolean strict;

  @Option(names = "--key-file", paramLabel = "ФАЙЛ",
      description = "Ключ псевдонимизации ФИО для протоколов РЦОИ и выгрузок «Сетевого города» (не короче 16 байт).")
  private Path keyFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int sources = (inputs.isEmpty() ? 0 : 1) + (plan == null ? 0 : 1) + (roadMap == null ? 0 : 1);
    if (sources != 1) {
      throw new ParameterException(spec.commandLine(), "укажите ровно один вид входа: --in, --plan или --road-map");
    }
    if (plan != null || roadMap != null) {
      return importPlanTable(err);
    }
    InputOptions options = new InputOptions(Optional.ofNullable(subject).map(SchoolSubject::of),
        Optional.ofNullable(grade).map(io.github.vsoko.model.school.Grade::of),
        Args.year(year, "--year", spec) == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year),
        strict ? ImportMode.STRICT : ImportMode.LENIENT, java.time.Clock.systemDefaultZone());
    if (keyFile != null) {
      options = options.withPseudonyms(Args.pseudonyms(keyFile, "--key-file", spec));
    }
    LoadedInputs loaded;
    try {
      loaded = SchoolInputs.load(inputs, options);
    } catch (io.github.vsoko.model.problem.ProblemException e) {
      throw e; // a file that cannot be read is a data problem (exit 1), located
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Console.problems(spec, loaded.problems());
    String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      byte[] yaml = CanonicalYaml.write(loaded.data()).getBytes(StandardCharsets.UTF_8);
      io.github.vsoko.app.DocumentFiles.write(out, o -> o.write(yaml));
    } else {
      io.github.vsoko.app.DocumentFiles.write(out, o -> CanonicalJson.write(loaded.data(), o));
    }
    VsokoCli.info(spec, "Записано: " + out + " (" + loaded.describe() + ")");
    return exitCode(loaded.problems());
  }

  private Integer importPlanTable(PrintWriter err) throws IOException {
    if (organization == null || academicYear == null) {
      throw new ParameterException(spec.commandLine(), "для --plan и --road-map нужны --organization и --academic-year");
    }
    AcademicYear first = academicYear(academicYear, "--academic-year");
    PlanImportOptions options = PlanImportOptions.of(organization, first).withMode(strict ? ImportMode.STRICT : ImportMode.LENIENT);
    boolean yaml = out.getFileName().toString().endsWith(".yaml") || out.getFileName().toString().endsWith(".yml");
    String text;
    List<Problem> problems;
    String summary;
    if (plan != null) {
      PlanImportResult<VsokoPlan> result = PlanTablesImport.readPlan(plan, options);
      text = yaml ? CanonicalYaml.write(result.value()) : CanonicalJson.write(result.value());
      problems = result.problems();
      summary = "план функционирования ВСОКО, строк: " + result.value().items().size();
    } else {
      AcademicYear last = until == null ? first : academicYear(until, "--until");
      PlanImportResult<RoadMap> result = PlanTablesImport.readRoadMap(roadMap, options, last);
      text = yaml ? CanonicalYaml.write(result.value()) : CanonicalJson.write(result.value());
      problems = result.problems();
      summary = "дорожная карта, разделов: " + result.value().sections().size() + ", мероприятий: "
          + result.value().sections().stream().mapToInt(s -> s.actions().size()).sum();
    }
    problems.forEach(p -> err.println(p.severity().russianName() + ": " + p));
    io.github.vsoko.app.DocumentFiles.write(out, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    VsokoCli.info(spec, "Записано: " + out + " (" + summary + ")");
    return exitCode(problems);
  }

  private AcademicYear academicYear(String text, String option) {
    return Args.academicYear(text, option, spec);
  }

  private static int exitCode(List<Problem> problems) {
    return problems.stream().anyMatch(p -> p.severity() == ProblemSeverity.ERROR) ? VsokoCli.EXIT_DATA : 0;
  }

}
