package io.github.vsoko.app;


import io.github.vsoko.io.Pseudonyms;
import io.github.vsoko.io.SgoImport;
import io.github.vsoko.io.SgoImportResult;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassEnrolment;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Marks from «Сетевой город. Образование» exports as school data (отметки из СГО): with the organization's own data,
 * each mark joins the student of the same pseudonymous id and a mark of a student the data do not have is a located
 * error, not added; without it, the exports make a document of their own — the students in the class of the latest
 * year they appear in, earlier years' classes as the history, the marks. The same mark read twice (a class's final
 * marks and a student's report) counts once; two different marks of one student, subject and period are a located
 * error and the first is kept. A file that cannot be read is skipped with its reason.
 *
 * @param data the data with the exports' marks
 * @param problems the exports' located problems, the marks not joined, the conflicting marks
 * @param skipped the files not read
 * @since 0.1.0
 */
public record SgoInputs(SchoolData data, List<Problem> problems, List<SkippedFile> skipped) {
  /** Validates and copies. */
  public SgoInputs {
    Objects.requireNonNull(data, "data");
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  /**
   * Reads the exports.
   *
   * @throws ProblemException when no file could be read
   */
  public static SgoInputs load(List<Path> files, Pseudonyms pseudonyms, Optional<SchoolData> own) {
    FileBatch.Read<SgoImportResult> batch = FileBatch.read(files, f -> SgoImport.read(f, pseudonyms), SgoImportResult::problems);
    List<Problem> problems = new ArrayList<>(batch.problems());
    List<SkippedFile> skipped = batch.skipped();
    List<SgoImportResult> read = batch.results();
    Map<String, AttestationMark> marks = new LinkedHashMap<>();
    for (SgoImportResult r : read) {
      for (AttestationMark m : r.marks()) {
        String key = m.studentId() + "|" + m.subject().code() + "|" + m.period().kind() + "|" + m.period().number() + "|"
            + m.period().academicYear();
        AttestationMark before = marks.putIfAbsent(key, m);
        if (before != null && !before.value().equals(m.value())) {
          problems.add(Problem.error(DocumentLocation.of(r.file()), "обучающийся " + m.studentId() + ": по предмету «"
              + m.subject().name() + "» за " + m.period().label() + " уже прочитана отметка «" + before.value().label()
              + "», здесь «" + m.value().label() + "»; оставлена первая"));
        }
      }
    }
    if (own.isPresent()) {
      SchoolData data = own.get();
      List<AttestationMark> joined = new ArrayList<>();
      for (AttestationMark m : marks.values()) {
        if (data.student(m.studentId()).isPresent()) {
          joined.add(m);
        } else {
          problems.add(Problem.error(DocumentLocation.of("выгрузки СГО"), "отметка по предмету «" + m.subject().name()
              + "» обучающегося с псевдонимом " + m.studentId() + " не учтена: такого обучающегося нет в данных организации "
              + "(ключ псевдонимизации тот же?)"));
        }
      }
      return new SgoInputs(data.toBuilder().marks(joined).build(), problems, skipped);
    }
    // each student's class by academic year; the latest is the own class, the others the history
    Map<String, TreeMap<AcademicYear, ClassName>> classes = new LinkedHashMap<>();
    for (SgoImportResult r : read) {
      for (Student s : r.students()) {
        classes.computeIfAbsent(s.id(), k -> new TreeMap<>(Comparator.comparing(AcademicYear::startYear)))
            .put(r.year(), r.className());
      }
    }
    List<Student> students = new ArrayList<>();
    List<ClassEnrolment> history = new ArrayList<>();
    classes.forEach((id, byYear) -> {
      AcademicYear first = byYear.firstKey();
      students.add(new Student(id, byYear.lastEntry().getValue(), first.start(), Optional.empty(), java.util.Set.of()));
      byYear.headMap(byYear.lastKey()).forEach((y, c) -> history.add(new ClassEnrolment(id, y, c, Optional.empty(),
          Optional.empty(), Optional.empty())));
    });
    int year = read.stream().mapToInt(r -> r.year().end().getYear()).max().orElseThrow();
    Organization org = Organization.of("sgo", "ОО (по выгрузкам СГО)", "ОО (по выгрузкам «Сетевого города»)",
        OrganizationKind.GENERAL);
    SchoolData data = SchoolData.builder(org, ReportingPeriod.calendarYear(year)).students(students).enrolments(history)
        .marks(List.copyOf(marks.values())).build();
    return new SgoInputs(data, problems, skipped);
  }
}
