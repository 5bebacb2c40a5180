package io.github.vsoko.app;


import io.github.vsoko.io.GiaProtocolImport;
import io.github.vsoko.io.GiaProtocolResult;
import io.github.vsoko.io.Pseudonyms;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.ReportingPeriod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * ГИА results from РЦОИ protocols as school data (результаты ГИА из протоколов): with the organization's own data, each
 * result joins the student of the same pseudonymous id (the same key must have made both) and a result of a student the
 * data do not have is a located error, not added; without it, the protocols make a document of their own — the
 * organization by its «Код ОО», the students of the protocols in their classes, the results. A file that cannot be read
 * is skipped with its reason.
 *
 * @param data the data with the protocols' results
 * @param problems the protocols' located problems and the results not joined
 * @param skipped the files not read
 * @since 0.1.0
 */
public record ProtocolInputs(SchoolData data, List<Problem> problems, List<SkippedFile> skipped) {
  /** Validates and copies. */
  public ProtocolInputs {
    Objects.requireNonNull(data, "data");
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  /**
   * Reads the protocols.
   *
   * @throws ProblemException when no file could be read
   */
  public static ProtocolInputs load(List<Path> files, Pseudonyms pseudonyms, Optional<SchoolData> own) {
    FileBatch.Read<GiaProtocolResult> batch = FileBatch.read(files, f -> GiaProtocolImport.read(f, pseudonyms), GiaProtocolResult::problems);
    List<Problem> problems = new ArrayList<>(batch.problems());
    List<SkippedFile> skipped = batch.skipped();
    List<GiaProtocolResult> read = batch.results();
    List<ExamResult> exams = new ArrayList<>();
    read.forEach(r -> exams.addAll(r.exams()));
    if (own.isPresent()) {
      SchoolData data = own.get();
      List<ExamResult> joined = new ArrayList<>();
      for (ExamResult e : exams) {
        if (data.student(e.studentId()).isPresent()) {
          joined.add(e);
        } else {
          problems.add(Problem.error(DocumentLocation.of("протоколы ГИА"), "результат по предмету «" + e.subject().name()
              + "» участника с псевдонимом " + e.studentId() + " не учтён: такого обучающегося нет в данных организации "
              + "(ключ псевдонимизации тот же?)"));
        }
      }
      return new ProtocolInputs(data.toBuilder().exams(joined).build(), problems, skipped);
    }
    Map<String, Student> students = new LinkedHashMap<>();
    read.forEach(r -> r.students().forEach(s -> students.putIfAbsent(s.id(), s)));
    Set<String> codes = new LinkedHashSet<>();
    read.forEach(r -> r.schoolCode().ifPresent(codes::add));
    String code = codes.size() == 1 ? codes.iterator().next() : "протоколы";
    int year = exams.stream().mapToInt(ExamResult::year).max().orElseThrow();
    Organization org = Organization.of(code, "ОО " + code, "ОО " + code + " (по протоколам ГИА)", OrganizationKind.GENERAL);
    SchoolData data = SchoolData.builder(org, ReportingPeriod.calendarYear(year)).students(List.copyOf(students.values()))
        .exams(exams).build();
    return new ProtocolInputs(data, problems, skipped);
  }
}
