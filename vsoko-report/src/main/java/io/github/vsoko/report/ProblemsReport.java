package io.github.vsoko.report;

import io.github.vsoko.model.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a check of the input found (проверка данных): every problem with its severity, place and message, and a summary
 * (report kind {@code problems}).
 *
 * @since 0.1.0
 */
public final class ProblemsReport {
  private ProblemsReport() {}

  /**
   * The report.
   *
   * @param problems the problems, in the order found
   * @param whatWasRead what was read, for the summary when there are none («МБОУ СОШ № 1, 2024 год: учащихся 4, …»)
   * @param date the report's date
   * @param options language
   */
  public static Report build(List<Problem> problems, String whatWasRead, LocalDate date, ReportOptions options) {
    Language l = options.language();
    List<Block> blocks = new ArrayList<>();
    if (!problems.isEmpty()) {
      List<Row> rows = new ArrayList<>();
      for (Problem p : problems) {
        rows.add(Row.of(l.pick(p.severity().russianName(), p.severity().englishName()), p.location().describe(),
            p.value().map(v -> "«" + v + "» — ").orElse("") + p.message() + p.cause().map(c -> " (" + c + ")").orElse("")));
      }
      blocks.add(new Table("problems", "", List.of(Row.of(l.pick("серьёзность", "severity"), l.pick("место", "place"),
          l.pick("что не так", "what is wrong"))), rows, List.of(1, 4, 6)));
    }
    blocks.add(Paragraph.text(problems.isEmpty() ? l.pick("Проблем не найдено: ", "No problems found: ") + whatWasRead
        : l.pick("Найдено проблем: ", "Problems found: ") + problems.size()));
    return new Report("problems", l.pick("Проверка данных", "Data check"), Optional.empty(), Optional.empty(), blocks, date, l);
  }
}
