package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Student;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a РЦОИ protocol held: the organization's code, the students (pseudonymous ids, class), their results, and the
 * located problems.
 *
 * @param file the file
 * @param schoolCode the «Код ОО» of the rows, when one code is printed throughout
 * @param students one per pseudonymous id, with the class of the protocol
 * @param exams every result row read, in file order
 * @param problems located warnings (task scores that do not add up to the primary score, one id in two classes) and
 *     errors (rows not read)
 * @since 0.1.0
 */
public record GiaProtocolResult(String file, Optional<String> schoolCode, List<Student> students, List<ExamResult> exams,
    List<Problem> problems) {
  /** Validates and copies. */
  public GiaProtocolResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(schoolCode, "school code");
    students = List.copyOf(students);
    exams = List.copyOf(exams);
    problems = List.copyOf(problems);
  }
}
