package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.VprJournalStatistics;
import io.github.vsoko.model.school.VprMarkStatistics;
import java.util.List;
import java.util.Objects;

/**
 * What a ФИС ОКО statistics report held: its kind, the rows (mark shares or the journal comparison) and the located
 * problems (a percent that disagrees with its count, shares that do not add up to 100).
 *
 * @param file the file
 * @param sheet the sheet the report was found on
 * @param kind which report
 * @param marks the rows of «Статистика по отметкам» (empty for the other kind)
 * @param journal the rows of «Сравнение отметок с отметками по журналу» (empty for the other kind)
 * @param problems located warnings and errors; a row with an error is not kept
 * @since 0.1.0
 */
public record VprStatisticsResult(String file, String sheet, VprStatisticsKind kind, List<VprMarkStatistics> marks,
    List<VprJournalStatistics> journal, List<Problem> problems) {
  /** Validates and copies. */
  public VprStatisticsResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(kind, "kind");
    marks = List.copyOf(marks);
    journal = List.copyOf(journal);
    problems = List.copyOf(problems);
  }
}
