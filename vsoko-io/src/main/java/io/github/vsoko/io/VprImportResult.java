package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.util.List;
import java.util.Objects;

/**
 * What a ВПР import read: the layout and sheet it found, the work (subject, grade, year), the rows
 * and the problems beside them.
 *
 * @param file the file
 * @param sheet the participant sheet found
 * @param layout the layout recognised from the headers
 * @param subject the subject
 * @param grade the grade
 * @param year the year
 * @param results every imported row (absent and invalid rows included, see {@link VprResult#isParticipant()})
 * @param problems problems found, in row order
 * @param taskLevels the levels of the tasks the file printed (Ф1's level row), else none
 * @since 0.1.0
 */
public record VprImportResult(
    String file, String sheet, VprLayout layout, SchoolSubject subject, Grade grade, int year, List<VprResult> results,
    List<Problem> problems, io.github.vsoko.analytics.vpr.VprTaskLevels taskLevels) {
  /** Validates and copies. */
  public VprImportResult {
    Objects.requireNonNull(taskLevels, "task levels");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    results = List.copyOf(results);
    problems = List.copyOf(problems);
  }

  /** Rows of participants: present and with a primary score. */
  public long participants() {
    return results.stream().filter(VprResult::isParticipant).count();
  }

  /** Rows of absent participants. */
  public long absent() {
    return results.stream().filter(VprResult::absent).count();
  }
}
