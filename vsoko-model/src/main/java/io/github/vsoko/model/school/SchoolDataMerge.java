package io.github.vsoko.model.school;

import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.time.AcademicYear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Several documents of one organization merged into one (объединение документов по идентичности): students and staff
 * matched by id, every record kept once, the period of the latest document. Each document's own class of a student
 * becomes the history of that document's year (a {@link ClassEnrolment}) where the history does not already say it,
 * so an earlier year keeps its classes. Conflicts are errors, all reported at once: documents of other organizations,
 * one student or employee with different enrolment or hiring dates, a student of an earlier document missing from a
 * later one without a leaving date.
 *
 * @since 0.1.0
 */
public final class SchoolDataMerge {
  private SchoolDataMerge() {}

  /**
   * Merges documents, given in any order.
   *
   * @throws ProblemException naming every conflict
   * @throws IllegalArgumentException without documents
   */
  public static SchoolData merge(List<SchoolData> documents) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("нет документов для объединения");
    }
    List<SchoolData> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparing(d -> d.period().asOfDate()));
    SchoolData latest = docs.get(docs.size() - 1);
    List<Problem> problems = new ArrayList<>();
    for (SchoolData d : docs) {
      if (!d.organization().id().equals(latest.organization().id())) {
        problems.add(Problem.error(DocumentLocation.field(name(d), "organization.id"), "документ другой организации: «"
            + d.organization().id() + "», а не «" + latest.organization().id() + "»"));
      }
    }
    Map<String, Student> students = new LinkedHashMap<>();
    Map<String, SchoolData> studentSource = new LinkedHashMap<>();
    Map<String, StaffMember> staff = new LinkedHashMap<>();
    Map<String, SchoolData> staffSource = new LinkedHashMap<>();
    LinkedHashSet<ClassEnrolment> enrolments = new LinkedHashSet<>();
    for (SchoolData d : docs) {
      for (Student s : d.students()) {
        Student before = students.get(s.id());
        if (before != null && !before.enrolledOn().equals(s.enrolledOn())) {
          problems.add(Problem.error(DocumentLocation.field(name(d), "students[" + s.id() + "].enrolledOn"), "обучающийся «"
              + s.id() + "» зачислен " + s.enrolledOn() + ", а в документе " + name(studentSource.get(s.id())) + " — "
              + before.enrolledOn()));
        }
        students.put(s.id(), s);
        studentSource.put(s.id(), d);
      }
      for (StaffMember m : d.staff()) {
        StaffMember before = staff.get(m.id());
        if (before != null && !before.hiredOn().equals(m.hiredOn())) {
          problems.add(Problem.error(DocumentLocation.field(name(d), "staff[" + m.id() + "].hiredOn"), "работник «" + m.id()
              + "» принят " + m.hiredOn() + ", а в документе " + name(staffSource.get(m.id())) + " — " + before.hiredOn()));
        }
        staff.put(m.id(), m);
        staffSource.put(m.id(), d);
      }
      enrolments.addAll(d.enrolments());
    }
    // a student of an earlier document must be in the later ones or have left
    for (Map.Entry<String, SchoolData> e : studentSource.entrySet()) {
      Student s = students.get(e.getKey());
      SchoolData source = e.getValue();
      if (source != latest && s.leftOn().isEmpty()) {
        problems.add(Problem.error(DocumentLocation.field(name(source), "students[" + s.id() + "]"), "обучающийся «" + s.id()
            + "» есть в документе " + name(source) + ", но не в документе " + name(latest) + ", и дата выбытия не указана"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(problems);
    }
    // each document's own class of a student is the history of that document's year, unless the history says it
    AcademicYear latestYear = AcademicYear.of(latest.period().asOfDate());
    for (SchoolData d : docs) {
      AcademicYear year = AcademicYear.of(d.period().asOfDate());
      if (year.equals(latestYear)) {
        continue; // the latest year's class is each student's own
      }
      for (Student s : d.students()) {
        boolean known = enrolments.stream().anyMatch(x -> x.studentId().equals(s.id()) && x.year().equals(year));
        boolean onRoll = s.leftOn().map(l -> l.isAfter(year.start())).orElse(true) && !s.enrolledOn().isAfter(year.end());
        if (!known && onRoll) {
          enrolments.add(new ClassEnrolment(s.id(), year, s.className(), java.util.Optional.empty(),
              s.leftOn().filter(year::contains), java.util.Optional.empty()));
        }
      }
    }
    SchoolData.Builder b = SchoolData.builder(latest.organization(), latest.period())
        .students(List.copyOf(students.values())).staff(List.copyOf(staff.values())).enrolments(List.copyOf(enrolments))
        .assignments(union(docs, SchoolData::assignments)).marks(union(docs, SchoolData::marks))
        .exams(union(docs, SchoolData::exams)).certificates(union(docs, SchoolData::certificates))
        .contests(union(docs, SchoolData::contests)).vpr(union(docs, SchoolData::vpr))
        .destinations(union(docs, SchoolData::destinations)).literacy(union(docs, SchoolData::literacy))
        .children(union(docs, SchoolData::children)).learners(union(docs, SchoolData::learners))
        .projects(union(docs, SchoolData::projects)).heldEvents(union(docs, SchoolData::heldEvents))
        .publications(union(docs, SchoolData::publications)).surveys(union(docs, SchoolData::surveys));
    for (int i = docs.size() - 1; i >= 0; i--) { // the latest facilities known
      if (docs.get(i).infrastructure().isPresent()) {
        b.infrastructure(docs.get(i).infrastructure().get());
        break;
      }
    }
    docs.stream().map(SchoolData::preschoolFacilities).flatMap(java.util.Optional::stream).reduce((x, y) -> y)
        .ifPresent(b::preschoolFacilities);
    docs.stream().map(SchoolData::additionalFacilities).flatMap(java.util.Optional::stream).reduce((x, y) -> y)
        .ifPresent(b::additionalFacilities);
    return b.build();
  }

  private static <T> List<T> union(List<SchoolData> docs, Function<SchoolData, List<T>> part) {
    LinkedHashSet<T> all = new LinkedHashSet<>();
    docs.forEach(d -> all.addAll(part.apply(d)));
    return List.copyOf(all);
  }

  private static String name(SchoolData d) {
    return "«" + d.organization().shortName() + ", " + d.period().label() + "»";
  }
}
