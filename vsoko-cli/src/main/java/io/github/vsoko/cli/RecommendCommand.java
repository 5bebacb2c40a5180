package io.github.vsoko.cli;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.analytics.management.ManagementOutcome;
import io.github.vsoko.analytics.management.ManagementRules;
import io.github.vsoko.analytics.management.GroupComparison;
import io.github.vsoko.analytics.management.Measurements;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.SchoolGroupsTable;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.model.management.Finding;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.management.Severity;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  @Option(names = "--out", paramLabel = "ФАЙЛ", description = "Записать рекомендации (vsoko/1 YAML или JSON) для vsoko report.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    ManagementRules ruleSet = rules();
    Map<String, List<VprSchoolResult>> vprBySchool = vprBySchool();
    List<Measurements> measurements = new ArrayList<>();
    LocalDate date = null;
    IndicatorRegistry registry = IndicatorRegistry.discover();
    for (Path file : data) {
      SchoolData school = Args.schoolData(file, "--data", spec);
      date = on != null ? ReportCommand.parseDate(on, "--on", spec) : school.period().end();
      EvaluationResult indicators = IndicatorEvaluator.evaluate(Sets.resolve(registry, null, school, spec), school);
      Measurements m = Measurements.of(school.organization().id(), school.organization().shortName()).withIndicators(indicators);
      if (academicYear != null) {
        AcademicYear y = Args.academicYear(academicYear, "--academic-year", spec);
        m = m.withAttestation(AttestationAnalysis.total(AttestationAnalysis.analyse(school, ReportingPeriod.academicYear(y),
            AttestationGrouping.SCHOOL, AttestationOptions.defaults())), AttestationOptions.defaults());
      }
      m = m.withVpr(school.organization().fisOkoLogin().map(vprBySchool::get).orElse(List.of()));
      measurements.add(m);
    }
    List<ManagementOutcome> outcomes = ruleSet.applyAll(measurements, date);
    PrintWriter console = spec.commandLine().getOut();
    List<Recommendation> all = new ArrayList<>();
    for (ManagementOutcome o : outcomes) {
      console.println(o.organizationName() + " — дефицитов: " + o.findings().size() + " (высокая: " + o.count(Severity.HIGH)
          + ", средняя: " + o.count(Severity.MEDIUM) + ", низкая: " + o.count(Severity.LOW) + ")"
          + (o.needsRecommendations() ? " — нужны адресные рекомендации" : ""));
      for (Finding f : o.findings()) {
        console.println("  [" + f.severity().russianName() + "] " + f.observation());
      }
      all.addAll(o.recommendations());
    }
    if (groups != null || !compare.isEmpty()) {
      compare(measurements, console);
    }
    if (out != null) {
      String name = out.getFileName().toString();
      Files.writeString(out, name.endsWith(".json") ? CanonicalJson.writeRecommendations(all) : CanonicalYaml.writeRecommendations(all),
          StandardCharsets.UTF_8);
      VsokoCli.info(spec, "Записано: " + out + " (рекомендаций: " + all.size() + ")");
    }
    return 0;
  }

  /** Each school against its comparable group's mean, by measurement. */
  private void compare(List<Measurements> measurements, PrintWriter console) {
    if (groups != null && !Files.isRegularFile(groups)) {
      throw new ParameterException(spec.commandLine(), "--groups: нет файла " + groups);
    }
    Map<String, String> groupOf = groups == null ? Map.of() : SchoolGroupsTable.read(groups);
    List<String> metrics = compare.isEmpty() ? List.of("attestation.quality", "vpr.confirmed") : compare;
    Map<String, String> names = new TreeMap<>();
    measurements.forEach(m -> names.put(m.organizationId(), m.organizationName()));
    for (String metric : metrics) {
      List<GroupComparison> rows = GroupComparison.compare(measurements, groupOf, metric.strip());
      console.println();
      console.println("Сравнение в сопоставимых группах: " + metric.strip()
          + (rows.isEmpty() ? " — нет значений ни у одной школы" : ""));
      if (!rows.isEmpty()) {
        console.println(String.join("\t", "группа", "школа", "значение", "среднее группы", "отклонение", "место", "школ в группе"));
      }
      for (GroupComparison c : rows) {
        console.println(String.join("\t", c.group(), names.getOrDefault(c.organizationId(), c.organizationId()),
            Decimals.text(c.value()), Decimals.text(c.groupMean()), Decimals.text(c.difference()), Integer.toString(c.rank()),
            Integer.toString(c.groupSize())));
      }
    }
  }

  private ManagementRules rules() throws IOException {
    if (rules == null) {
      return ManagementRules.builtIn();
    }
    return Args.yaml(rules, "--rules", spec, ManagementRules::load);
  }

  /** Each school's ВПР results over every file and work given, by ФИС ОКО login. */
  private Map<String, List<VprSchoolResult>> vprBySchool() {
    Map<String, List<VprSchoolResult>> out = new TreeMap<>();
    if (vpr.isEmpty()) {
      return out;
    }
    VprScales scales;
    try {
      scales = scale == null ? VprScales.bundled() : VprScales.forAll(VprScale.parse(scale));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
    }
    VprAnalysis analysis = new VprAnalysis(scales, false);
    for (Path file : vpr) {
      VprImport.forEach(file, VprImportOptions.defaults(), r -> analysis.accept("all", r));
    }
    for (VprSchoolResult s : analysis.result().schools()) {
      out.computeIfAbsent(s.school(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }
}
