package io.github.vsoko.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vsoko.analytics.literacy.LiteracyAnalysis;
import io.github.vsoko.analytics.literacy.LiteracyGroup;
import io.github.vsoko.analytics.literacy.LiteracyGrouping;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vsoko literacy}: functional literacy by direction and level for classes, parallels or the school. */
@Command(
    name = "literacy",
    mixinStandardHelpOptions = true,
    description = "Функциональная грамотность: доли обучающихся по уровням (недостаточный … высокий) по направлениям для классов, "
        + "параллелей или школы; по каждому обучающемуся — последняя диагностика периода.",
    footer = {"", "Пример:", "  vsoko literacy --data school.json --academic-year 2024/2025 --by class --format tsv"})
final class LiteracyCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации (vsoko/1 JSON).")
  private Path data;

  @Option(names = "--academic-year", paramLabel = "ГГГГ/ГГГГ",
      description = "Учебный год (по умолчанию — отчётный период данных).")
  private String academicYear;

  @Option(names = "--by", defaultValue = "school", paramLabel = "ГРУППА", description = "class, parallel или school. По умолчанию: ${DEFAULT-VALUE}.")
  private String by;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv или json.")
  private String format;

  @Override
  public Integer call() throws IOException {
    SchoolData school = Args.schoolData(data, "--data", spec);
    ReportingPeriod period = academicYear == null ? school.period()
        : ReportingPeriod.academicYear(Args.academicYear(academicYear, "--academic-year", spec));
    LiteracyGrouping grouping;
    try {
      grouping = LiteracyGrouping.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--by: class, parallel или school, получено «" + by + "»");
    }
    List<LiteracyGroup> groups = LiteracyAnalysis.analyse(school, period, grouping);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "table", "tsv" -> {
        io.github.vsoko.report.Language lang = VsokoCli.language(spec);
        List<String> head = new ArrayList<>(List.of(lang.pick("направление", "direction"), lang.pick("группа", "group"),
            lang.pick("с уровнем", "with a level")));
        for (LiteracyLevel l : LiteracyLevel.values()) {
          String name = lang.pick(l.title(), l.name().toLowerCase(Locale.ROOT));
          head.add(name);
          head.add(name + ", %");
        }
        head.addAll(List.of(lang.pick("не ниже среднего, %", "medium or above, %"), lang.pick("без уровня", "without a level")));
        out.println(String.join("\t", head));
        for (LiteracyGroup g : groups) {
          List<String> row = new ArrayList<>(List.of(g.direction().title(), g.group(), Long.toString(g.withLevel())));
          for (LiteracyLevel l : LiteracyLevel.values()) {
            row.add(Long.toString(g.count(l)));
            row.add(text(g.share(l)));
          }
          row.add(text(g.atLeastMediumShare()));
          row.add(Long.toString(g.withoutLevel()));
          out.println(String.join("\t", row));
        }
        if (groups.isEmpty()) {
          spec.commandLine().getErr().println("Нет результатов диагностик функциональной грамотности за период " + period);
        }
      }
      case "json" -> {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (LiteracyGroup g : groups) {
          ObjectNode n = array.addObject();
          n.put("direction", g.direction().name());
          n.put("group", g.group());
          n.put("withLevel", g.withLevel());
          ObjectNode levels = n.putObject("levels");
          for (LiteracyLevel l : LiteracyLevel.values()) {
            levels.put(l.name(), g.count(l));
          }
          g.atLeastMediumShare().ifPresentOrElse(p -> n.put("atLeastMediumPercent", p), () -> n.putNull("atLeastMediumPercent"));
          n.put("withoutLevel", g.withoutLevel());
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
      }
      default -> throw new ParameterException(spec.commandLine(), "--format: table, tsv или json, получено «" + format + "»");
    }
    return 0;
  }

  private static String text(Optional<BigDecimal> v) {
    return v.map(Decimals::text).orElse("—");
  }
}
