package io.github.vsoko.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.io.PrintWriter;
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
    footer = {"", "Пример:", "  vsoko attestation --data school.json --academic-year 2023/2024 --by class-subject --format tsv"})
final class AttestationCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации (vsoko/1 JSON).")
  private Path data;

  @Option(names = "--academic-year", required = true, paramLabel = "ГГГГ/ГГГГ", description = "Учебный год.")
  private String academicYear;

  @Option(names = "--period", defaultValue = "year", paramLabel = "ПЕРИОД",
      description = "year (по умолчанию), half:N, quarter:N, trimester:N.")
  private String period;

  @Option(names = "--by", defaultValue = "class", paramLabel = "ГРУППА",
      description = "class, grade, level, subject, class-subject, school. По умолчанию: ${DEFAULT-VALUE}.")
  private String by;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv или json.")
  private String format;

  @Option(names = "--na-weight", defaultValue = "7", paramLabel = "7|0", description = "Вес «н/а» в СОУ (7 или 0).")
  private int naWeight;

  @Option(names = "--mean-over-base", description = "Средний балл делить на всех (с н/а), а не на число отметок.")
  private boolean meanOverBase;

  @Option(names = "--include-leavers", description = "Учитывать отметки выбывших до конца периода.")
  private boolean includeLeavers;

  @Override
  public Integer call() throws IOException {
    SchoolData school = Args.schoolData(data, "--data", spec);
    AttestationOptions options;
    AttestationGrouping grouping;
    try {
      options = new AttestationOptions(naWeight, meanOverBase, !includeLeavers);
      grouping = AttestationGrouping.valueOf(by.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--by / --na-weight: " + e.getMessage());
    }
    ReportingPeriod p = period(school);
    List<AttestationGroup> groups = AttestationAnalysis.analyse(school, p, grouping, options);
    PrintWriter out = spec.commandLine().getOut();
    String[] head = VsokoCli.language(spec).pick(
        new String[] {"группа", "всего", "5", "4", "3", "2", "н/а", "осв.", "успеваемость %", "качество %", "СОУ %", "средний балл"},
        new String[] {"group", "base", "5", "4", "3", "2", "n/a", "exempt", "progress %", "quality %", "SOU %", "mean mark"});
    switch (format) {
      case "json" -> json(out, groups, options);
      case "tsv" -> {
        out.println(String.join("\t", head));
        groups.forEach(g -> out.println(String.join("\t", cells(g.key(), g.counts(), options))));
        out.println(String.join("\t", cells(VsokoCli.language(spec).pick("итого", "total"), AttestationAnalysis.total(groups), options)));
      }
      case "table" -> {
        out.println(school.organization().shortName() + ", " + p.label() + ": итоги аттестации");
        out.println(String.format(Locale.ROOT, "%-24s %6s %5s %5s %5s %5s %5s %5s %8s %8s %8s %7s", (Object[]) head));
        groups.forEach(g -> out.println(row(cells(g.key(), g.counts(), options))));
        out.println(row(cells(VsokoCli.language(spec).pick("итого", "total"), AttestationAnalysis.total(groups), options)));
      }
      default -> throw new ParameterException(spec.commandLine(), "--format: table, tsv или json, получено «" + format + "»");
    }
    return 0;
  }

  private static String row(String[] c) {
    return String.format(Locale.ROOT, "%-24s %6s %5s %5s %5s %5s %5s %5s %8s %8s %8s %7s", (Object[]) c);
  }

  private ReportingPeriod period(SchoolData school) {
    AcademicYear year = Args.academicYear(academicYear, "--academic-year", spec);
    String[] parts = period.toLowerCase(Locale.ROOT).split(":");
    PeriodKind kind = switch (parts[0]) {
      case "year" -> PeriodKind.ACADEMIC_YEAR;
      case "half" -> PeriodKind.HALF_YEAR;
      case "quarter" -> PeriodKind.QUARTER;
      case "trimester" -> PeriodKind.TRIMESTER;
      default -> throw new ParameterException(spec.commandLine(), "--period: year, half:N, quarter:N или trimester:N, получено «"
          + period + "»");
    };
    int number = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
    List<ReportingPeriod> found = school.marks().stream().map(AttestationMark::period)
        .filter(p -> p.kind() == kind && p.number() == number && p.academicYear().equals(year)).distinct().toList();
    if (found.size() != 1) {
      List<String> known = school.marks().stream().map(m -> m.period().label()).distinct().sorted().toList();
      throw new ParameterException(spec.commandLine(), "--period: " + (found.isEmpty() ? "нет отметок за " : "несколько периодов ")
          + period + " " + year + "; в данных: " + String.join(", ", known));
    }
    return found.get(0);
  }

  private static String[] cells(String key, AttestationCounts c, AttestationOptions o) {
    return new String[] {key, Long.toString(c.base()), Long.toString(c.five()), Long.toString(c.four()), Long.toString(c.three()),
        Long.toString(c.two()), Long.toString(c.notAttested()), Long.toString(c.exempt()), Decimals.text(c.progress(), 1),
        Decimals.text(c.quality(), 1), Decimals.text(c.sou(o), 1), Decimals.text(c.meanMark(o), 2)};
  }

  private static void json(PrintWriter out, List<AttestationGroup> groups, AttestationOptions o) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode array = root.putArray("groups");
    groups.forEach(g -> entry(array.addObject(), g.key(), g.counts(), o));
    entry(root.putObject("total"), "итого", AttestationAnalysis.total(groups), o);
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  private static void entry(ObjectNode n, String key, AttestationCounts c, AttestationOptions o) {
    n.put("group", key);
    n.put("base", c.base());
    n.put("five", c.five());
    n.put("four", c.four());
    n.put("three", c.three());
    n.put("two", c.two());
    n.put("notAttested", c.notAttested());
    n.put("exempt", c.exempt());
    Decimals.put(n, "progress", c.progress(), 2);
    Decimals.put(n, "quality", c.quality(), 2);
    Decimals.put(n, "sou", c.sou(o), 2);
    Decimals.put(n, "meanMark", c.meanMark(o), 2);
  }
}
