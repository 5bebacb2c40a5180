package io.github.vsoko.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vsoko.analytics.gia.ExamScales;
import io.github.vsoko.analytics.gia.GiaAnalysis;
import io.github.vsoko.analytics.gia.GiaMinimums;
import io.github.vsoko.analytics.gia.GiaSubjectResult;
import io.github.vsoko.analytics.gia.MinimumPurpose;
import io.github.vsoko.model.school.SchoolData;
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

/** {@code vsoko gia}: ГИА by exam, form, subject and level. */
@Command(
    name = "gia",
    mixinStandardHelpOptions = true,
    description = "Итоги ГИА: средние баллы, отметки, доля ниже минимума (таблицы минимумов по годам и назначению), "
        + "сравнение отметки на экзамене с годовой.",
    footer = {"", "Пример:", "  vsoko gia --data school.json --year 2024 --purpose admission --scales oge-2024.yaml --format tsv"})
final class GiaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные организации (vsoko/1 JSON).")
  private Path data;

  @Option(names = "--year", required = true, paramLabel = "ГГГГ", description = "Год ГИА.")
  private int year;

  @Option(names = "--purpose", defaultValue = "certificate", paramLabel = "НАЗНАЧЕНИЕ",
      description = "Минимум ЕГЭ: certificate (аттестат, по умолчанию), admission (Рособрнадзор), ministry (вузы Минобрнауки).")
  private String purpose;

  @Option(names = "--scales", paramLabel = "ФАЙЛ",
      description = "Шкалы перевода баллов ОГЭ/ГВЭ в отметки (YAML, format: vsoko-exam-scales/1) в дополнение к встроенным.")
  private Path scales;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv или json.")
  private String format;

  @Override
  public Integer call() throws IOException {
    SchoolData school = Args.schoolData(data, "--data", spec);
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
    List<GiaSubjectResult> results = GiaAnalysis.analyse(school, year, GiaMinimums.bundled(), p, table);
    PrintWriter out = spec.commandLine().getOut();
    String[] head = VsokoCli.language(spec).pick(new String[] {"экзамен", "форма", "предмет", "уровень", "результатов",
        "средний тестовый", "средний первичный", "отметки", "минимум", "ниже минимума", "понизили", "подтвердили", "повысили",
        "без годовой", "шкала", "отметка по шкале", "расходится со шкалой", "«2» по условию на часть", "не переведено"},
        new String[] {"exam", "form", "subject", "level", "results", "mean test score", "mean primary score", "marks", "minimum",
        "below minimum", "lowered", "confirmed", "raised", "no annual mark", "scale", "marked by scale", "disagree with scale",
        "«2» by a part condition", "unscaled"});
    switch (format) {
      case "tsv", "table" -> {
        out.println(String.join("\t", head));
        for (GiaSubjectResult r : results) {
          out.println(String.join("\t", r.exam().label(), r.form().label(), r.subject().name(), r.level(),
              Long.toString(r.participants()), Decimals.text(r.meanTestScore(), 2), Decimals.text(r.meanPrimaryScore(), 2),
              r.marks().entrySet().stream().map(e -> "«" + e.getKey() + "»: " + e.getValue())
                  .collect(java.util.stream.Collectors.joining(", ")),
              r.minimum().isPresent() ? Integer.toString(r.minimum().getAsInt()) : "—", Long.toString(r.belowMinimum()),
              Long.toString(r.lowered()), Long.toString(r.confirmed()), Long.toString(r.raised()), Long.toString(r.noAnnualMark()),
              r.scaled() ? "да" : "нет", Long.toString(r.markedByScale()), Long.toString(r.disagreeWithScale()),
              Long.toString(r.failedOnPartCondition()), Long.toString(r.unscaled())));
        }
      }
      case "json" -> {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (GiaSubjectResult r : results) {
          ObjectNode n = array.addObject();
          n.put("exam", r.exam().name());
          n.put("form", r.form().name());
          n.put("subject", r.subject().name());
          n.put("level", r.level());
          n.put("results", r.participants());
          Decimals.put(n, "meanTestScore", r.meanTestScore(), 2);
          Decimals.put(n, "meanPrimaryScore", r.meanPrimaryScore(), 2);
          ObjectNode marks = n.putObject("marks");
          r.marks().forEach(marks::put);
          if (r.minimum().isPresent()) {
            n.put("minimum", r.minimum().getAsInt());
          } else {
            n.putNull("minimum");
          }
          n.put("belowMinimum", r.belowMinimum());
          n.put("lowered", r.lowered());
          n.put("confirmed", r.confirmed());
          n.put("raised", r.raised());
          n.put("noAnnualMark", r.noAnnualMark());
          n.put("scaled", r.scaled());
          n.put("markedByScale", r.markedByScale());
          n.put("disagreeWithScale", r.disagreeWithScale());
          n.put("failedOnPartCondition", r.failedOnPartCondition());
          n.put("unscaled", r.unscaled());
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
      }
      default -> throw new ParameterException(spec.commandLine(), "--format: table, tsv или json, получено «" + format + "»");
    }
    return 0;
  }
}
