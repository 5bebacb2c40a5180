package io.github.vsoko.cli;

import io.github.vsoko.analytics.management.ManagementRules;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.app.ManagementCycleOutcome;
import io.github.vsoko.app.ManagementCycleRequest;
import io.github.vsoko.app.ManagementCycleWorkflow;
import io.github.vsoko.app.MunicipalComparisonRequest;
import io.github.vsoko.app.MunicipalComparisonWorkflow;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.io.SchoolGroupsTable;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko recommend}: findings and draft addressed recommendations for one school or many. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = {"Управленческий цикл: показатели, итоги аттестации и ВПР → выявленные дефициты → проекты адресных",
      "рекомендаций по правилам (встроенным или из YAML); для многих школ — список по убыванию риска."},
    footer = {"", "Пример:",
      "  vsoko recommend --data sch1.json --data sch2.json --academic-year 2023/2024 --vpr 2024/*.xlsx --scale 6,10,15,20 "
          + "--out рекомендации.yaml",
      "  vsoko report recommendations --recommendations рекомендации.yaml --academic-year 2024/2025 --format docx --out отчёт"})
final class RecommendCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные школы (vsoko/1 JSON); можно несколько.")
  private List<Path> data;

  @Option(names = "--academic-year", paramLabel = "ГГГГ/ГГГГ", description = "Учебный год итогов аттестации.")
  private String academicYear;

  @Option(names = "--vpr", paramLabel = "ФАЙЛ", description = "Выгрузки ВПР; школы сопоставляются по логину ФИС ОКО.")
  private List<Path> vpr = List.of();

  @Option(names = "--scale", paramLabel = "МИН3,МИН4,МИН5", description = "Шкала перевода для ВПР.")
  private String scale;

  @Option(names = "--rules", paramLabel = "ФАЙЛ.yaml", description = "Правила (format: vsoko-rules/1); по умолчанию — встроенные.")
  private Path rules;

  @Option(names = "--on", paramLabel = "ДД.ММ.ГГГГ", description = "Дата выявления (по умолчанию — конец отчётного периода данных).")
  private String on;

  @Option(names = "--groups", paramLabel = "ФАЙЛ.csv",
      description = "Сопоставимые группы школ: таблица CSV/XLSX «Идентификатор», «Группа» (вид, размер, местность — как решил муниципалитет).")
  private Path groups;

  @Option(names = "--compare", split = ",", paramLabel = "ПОКАЗАТЕЛЬ",
      description = "Сравнить школы внутри групп по измерениям, например attestation.quality,vpr.confirmed,"
          + "order1324.general/1.9 (по умолчанию с --groups: attestation.quality и vpr.confirmed).")
  private List<String> compare = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "Вывод в консоль: table, md или json.")
  private String format;

  @Option(names = "--out", paramLabel = "ФАЙЛ", description = "Записать рекомендации (vsoko/1 YAML или JSON) для vsoko report.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    ManagementRules ruleSet = rules == null ? ManagementRules.builtIn() : Args.yaml(rules, "--rules", spec, ManagementRules::load);
    VprScales scales = scale == null ? VprScales.bundled() : Args.vprScale(scale, "--scale", spec);
    if (groups != null && !Files.isRegularFile(groups)) {
      throw new ParameterException(spec.commandLine(), "--groups: нет файла " + groups);
    }
    List<SchoolData> schools = new ArrayList<>();
    for (Path file : data) {
      schools.add(Args.schoolData(file, "--data", spec));
    }
    ReportOptions reportOptions = ReportOptions.defaults().withLanguage(VsokoCli.language(spec));
    ManagementCycleRequest request = new ManagementCycleRequest(schools,
        Optional.ofNullable(academicYear).map(y -> Args.academicYear(y, "--academic-year", spec)), vpr, scales, ruleSet,
        Optional.ofNullable(on).map(t -> Args.date(t, "--on", spec)), reportOptions);
    ManagementCycleOutcome outcome = new ManagementCycleWorkflow(Console.registry(spec)).run(request);
    Console.print(spec, outcome.report(), format);
    if (groups != null || !compare.isEmpty()) {
      Map<String, String> groupOf = groups == null ? Map.of() : SchoolGroupsTable.read(groups);
      LocalDate date = outcome.report().date();
      Console.print(spec, new MunicipalComparisonWorkflow().run(new MunicipalComparisonRequest(outcome.measurements(), groupOf,
          compare, date, reportOptions)).report(), format);
    }
    if (out != null) {
      String name = out.getFileName().toString();
      Files.writeString(out, name.endsWith(".json") ? CanonicalJson.writeRecommendations(outcome.recommendations())
          : CanonicalYaml.writeRecommendations(outcome.recommendations()), StandardCharsets.UTF_8);
      VsokoCli.info(spec, "Записано: " + out + " (рекомендаций: " + outcome.recommendations().size() + ")");
    }
    return 0;
  }
}
