package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import java.util.List;
import java.util.Objects;

/**
 * What a streaming ВПР import saw: the sheet, layout and work, how many rows it passed on and the
 * problems found.
 *
 * @param file the file
 * @param sheet the participant sheet
 * @param layout the layout recognised from the headers
 * @param subject the subject
 * @param grade the grade
 * @param year the year
 * @param rows rows passed to the consumer
 * @param problems problems found, in row order
 * @param taskLevels the levels of the work's tasks the file printed (Ф1's row «Уровень сложности задания»), else none
 * @since 0.1.0
 */
public record VprImportSummary(
    String file, String sheet, VprLayout layout, SchoolSubject subject, Grade grade, int year, long rows,
    List<Problem> problems, io.github.vsoko.analytics.vpr.VprTaskLevels taskLevels) {
  /** Validates and copies. */
  public VprImportSummary {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    Objects.requireNonNull(taskLevels, "task levels");
  }
}
