package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.AcademicYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a «Сетевой город. Образование» export held: the academic year and class of its header, the students
 * (pseudonymous ids), their period and final marks, the averages as СГО printed them, and the located problems.
 *
 * @param file the file
 * @param report which report («Итоговые отметки», «Отчет об успеваемости и посещаемости ученика», …) as its header names it
 * @param year the academic year of the header
 * @param className the class of the header
 * @param students one per student of the table, in the class of the header
 * @param marks the marks of periods and of the year
 * @param averages the printed averages (weighted by the type of work in СГО: kept as given, never recomputed)
 * @param problems located warnings and errors; a cell that is not a mark (an attendance code, text) is not a mark
 * @since 0.1.0
 */
public record SgoImportResult(String file, String report, AcademicYear year, ClassName className, List<Student> students,
    List<AttestationMark> marks, List<PrintedAverage> averages, List<Problem> problems) {
  /** Validates and copies. */
  public SgoImportResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(className, "class");
    students = List.copyOf(students);
    marks = List.copyOf(marks);
    averages = List.copyOf(averages);
    problems = List.copyOf(problems);
  }

  /**
   * An average mark as СГО printed it (средняя оценка), for a student, a subject and a column of the report.
   *
   * @param studentId the student
   * @param subject the subject as printed
   * @param column the column («Средняя оценка», «Средн. оценка 1 четверть»)
   * @param value the value as printed
   */
  public record PrintedAverage(String studentId, String subject, String column, BigDecimal value) {
    /** Validates. */
    public PrintedAverage {
      Objects.requireNonNull(studentId, "student id");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(value, "value");
    }
  }
}
