package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * All record-level data of one organization for one reporting period (данные организации): students,
 * staff, attestation marks, state-exam results, certificates, olympiad results, ВПР results,
 * infrastructure and graduates' destinations; for a preschool organization its children and
 * facilities; for additional education its learners, projects, events, publications and facilities.
 * Pseudonymous: ids only, no names.
 *
 * <p>Checks on construction that ids are unique and that every record refers to a known student;
 * all problems are reported at once.
 *
 * @since 0.1.0
 */
public final class SchoolData {

  private final Organization organization;
  private final ReportingPeriod period;
  private final List<Student> students;
  private final List<StaffMember> staff;
  private final List<AttestationMark> marks;
  private final List<ExamResult> exams;
  private final List<Certificate> certificates;
  private final List<ContestResult> contests;
  private final List<VprResult> vpr;
  private final Optional<Infrastructure> infrastructure;
  private final List<GraduateDestination> destinations;
  private final List<LiteracyResult> literacy;
  private final List<PreschoolChild> children;
  private final Optional<PreschoolFacilities> preschoolFacilities;
  private final List<Learner> learners;
  private final List<ProjectParticipation> projects;
  private final List<HeldEvent> heldEvents;
  private final List<Publication> publications;
  private final List<ClassEnrolment> enrolments;
  private final List<TeachingAssignment> assignments;
  private final List<SurveyAnswer> surveys;
  private final Optional<AdditionalFacilities> additionalFacilities;
  private final Map<String, Student> studentsById;
  private final Map<String, StaffMember> staffById;
  private final Map<String, List<ClassEnrolment>> enrolmentsByStudent;
  private volatile OnDate<Student> lastRoll;
  private volatile OnDate<StaffMember> lastStaff;

  private SchoolData(Builder b) {
    organization = Checks.notNull(b.organization, "organization");
    period = Checks.notNull(b.period, "period");
    students = Checks.list(b.students, "students");
    staff = Checks.list(b.staff, "staff");
    marks = Checks.list(b.marks, "marks");
    exams = Checks.list(b.exams, "exam results");
    certificates = Checks.list(b.certificates, "certificates");
    contests = Checks.list(b.contests, "contest results");
    vpr = Checks.list(b.vpr, "ВПР results");
    infrastructure = Checks.notNull(b.infrastructure, "infrastructure");
    destinations = Checks.list(b.destinations, "graduate destinations");
    literacy = Checks.list(b.literacy, "literacy results");
    children = Checks.list(b.children, "preschool children");
    preschoolFacilities = Checks.notNull(b.preschoolFacilities, "preschool facilities");
    learners = Checks.list(b.learners, "learners");
    projects = Checks.list(b.projects, "project participations");
    heldEvents = Checks.list(b.heldEvents, "held events");
    publications = Checks.list(b.publications, "publications");
    enrolments = Checks.list(b.enrolments, "enrolments");
    assignments = Checks.list(b.assignments, "teaching assignments");
    surveys = Checks.list(b.surveys, "survey answers");
    additionalFacilities = Checks.notNull(b.additionalFacilities, "additional-education facilities");

    String document = "данные «" + organization.shortName() + "»";
    List<Problem> problems = new ArrayList<>();
    studentsById = index(students, Student::id, document, "students", problems);
    staffById = index(staff, StaffMember::id, document, "staff", problems);
    index(children, PreschoolChild::id, document, "children", problems);
    Map<String, Learner> learnersById = index(learners, Learner::id, document, "learners", problems);
    learnersById.keySet().stream().filter(studentsById::containsKey).sorted()
        .forEach(id -> problems.add(Problem.error(DocumentLocation.field(document, "learners"),
            "идентификатор «" + id + "» есть и у обучающегося, и у слушателя")));
    references(marks, AttestationMark::studentId, document, "marks", studentsById.keySet(), problems);
    references(exams, ExamResult::studentId, document, "exams", studentsById.keySet(), problems);
    references(certificates, Certificate::studentId, document, "certificates", studentsById.keySet(), problems);
    references(destinations, GraduateDestination::studentId, document, "destinations", studentsById.keySet(), problems);
    references(literacy, LiteracyResult::studentId, document, "literacy", studentsById.keySet(), problems);
    java.util.Set<String> anyLearner = new java.util.HashSet<>(studentsById.keySet());
    anyLearner.addAll(learnersById.keySet());
    references(contests, ContestResult::studentId, document, "contests", anyLearner, problems);
    references(projects, ProjectParticipation::learnerId, document, "projects", anyLearner, problems);
    references(enrolments, ClassEnrolment::studentId, document, "enrolments", studentsById.keySet(), problems);
    for (int i = 0; i < assignments.size(); i++) {
      if (!staffById.containsKey(assignments.get(i).staffId())) {
        problems.add(Problem.error(DocumentLocation.field(document, "assignments[" + i + "]"),
            "ссылка на работника «" + assignments.get(i).staffId() + "», которого нет среди работников"));
      }
    }
    Map<String, Integer> options = new java.util.HashMap<>();
    for (int i = 0; i < surveys.size(); i++) {
      SurveyAnswer a = surveys.get(i);
      Integer first = options.putIfAbsent(a.questionKey() + "\u0000" + a.option(), i);
      if (first != null) {
        problems.add(Problem.error(DocumentLocation.field(document, "surveys[" + i + "]"),
            "вариант «" + a.option() + "» вопроса «" + a.question() + "» анкеты «" + a.survey() + "» ("
            + a.group().title() + ", " + a.date() + ") уже указан в surveys[" + first + "]; сложите число ответов в одну строку"));
      }
    }
    enrolmentsByStudent = new java.util.HashMap<>();
    for (ClassEnrolment e : enrolments) {
      enrolmentsByStudent.computeIfAbsent(e.studentId(), k -> new ArrayList<>()).add(e);
    }
    for (List<ClassEnrolment> history : enrolmentsByStudent.values()) {
      for (int i = 0; i < history.size(); i++) {
        for (int j = i + 1; j < history.size(); j++) {
          ClassEnrolment e = history.get(i);
          ClassEnrolment o = history.get(j);
          if (o.year().equals(e.year()) && !o.start().isAfter(e.end()) && !e.start().isAfter(o.end())) {
            problems.add(Problem.error(DocumentLocation.field(document, "enrolments[" + enrolments.indexOf(o) + "]"),
                "обучающийся «" + e.studentId() + "» в " + e.year() + " учебном году записан в классы " + e.className()
                + " и " + o.className() + " на пересекающиеся даты; у перевода в другой класс укажите даты «по» и «с»"));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(problems);
    }
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> id, String document, String field,
      List<Problem> problems) {
    Map<String, T> map = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (map.putIfAbsent(id.apply(value), value) != null) {
        problems.add(Problem.error(DocumentLocation.field(document, field + "[" + i + "].id"),
            "идентификатор «" + id.apply(value) + "» встречается повторно"));
      }
    }
    return Map.copyOf(map);
  }

  private static <T> void references(List<T> values, Function<T, String> studentId, String document, String field,
      java.util.Set<String> known, List<Problem> problems) {
    for (int i = 0; i < values.size(); i++) {
      String id = studentId.apply(values.get(i));
      if (!known.contains(id)) {
        problems.add(Problem.error(DocumentLocation.field(document, field + "[" + i + "]"),
            "ссылка на обучающегося «" + id + "», которого нет среди обучающихся"));
      }
    }
  }

  /** A builder for the data of {@code organization} in {@code period}. */
  public static Builder builder(Organization organization, ReportingPeriod period) {
    return new Builder(organization, period);
  }

  /** The same records reported for another period (for example another calendar year). */
  public SchoolData withPeriod(ReportingPeriod other) {
    return toBuilder(organization, other).build();
  }

  /** The same records of another organization (for example a municipality's test copy of a school). */
  public SchoolData withOrganization(Organization other) {
    return toBuilder(other, period).build();
  }

  /** A builder holding this data. */
  public Builder toBuilder() {
    return toBuilder(organization, period);
  }

  private Builder toBuilder(Organization org, ReportingPeriod per) {
    Builder b = new Builder(org, per);
    b.students.addAll(students);
    b.staff.addAll(staff);
    b.marks.addAll(marks);
    b.exams.addAll(exams);
    b.certificates.addAll(certificates);
    b.contests.addAll(contests);
    b.vpr.addAll(vpr);
    b.infrastructure = infrastructure;
    b.destinations.addAll(destinations);
    b.literacy.addAll(literacy);
    b.children.addAll(children);
    b.preschoolFacilities = preschoolFacilities;
    b.learners.addAll(learners);
    b.projects.addAll(projects);
    b.heldEvents.addAll(heldEvents);
    b.publications.addAll(publications);
    b.enrolments.addAll(enrolments);
    b.assignments.addAll(assignments);
    b.surveys.addAll(surveys);
    b.additionalFacilities = additionalFacilities;
    return b;
  }

  /** The organization. */
  public Organization organization() {
    return organization;
  }

  /** The reporting period. */
  public ReportingPeriod period() {
    return period;
  }

  /** Students, in the order given. */
  public List<Student> students() {
    return students;
  }

  /** Staff, in the order given. */
  public List<StaffMember> staff() {
    return staff;
  }

  /** Attestation marks. */
  public List<AttestationMark> marks() {
    return marks;
  }

  /** State-exam results. */
  public List<ExamResult> exams() {
    return exams;
  }

  /** Certificates of graduates. */
  public List<Certificate> certificates() {
    return certificates;
  }

  /** Olympiad and contest results. */
  public List<ContestResult> contests() {
    return contests;
  }

  /** ВПР results. */
  public List<VprResult> vpr() {
    return vpr;
  }

  /** Infrastructure figures, if given. */
  public Optional<Infrastructure> infrastructure() {
    return infrastructure;
  }

  /** Graduates' destinations. */
  public List<GraduateDestination> destinations() {
    return destinations;
  }

  /** Results of functional-literacy diagnostics (диагностики функциональной грамотности). */
  public List<LiteracyResult> literacy() {
    return literacy;
  }

  /**
   * Per student and direction, the latest diagnostic dated within {@code period}: what shares by level count, so a student
   * counts once per direction. Sorted by student id and direction.
   */
  public List<LiteracyResult> latestLiteracy(ReportingPeriod period) {
    Map<StudentDirection, LiteracyResult> latest = new java.util.TreeMap<>(java.util.Comparator
        .comparing(StudentDirection::studentId).thenComparing(k -> k.direction().name()));
    for (LiteracyResult r : literacy) {
      if (period.contains(r.date())) {
        latest.merge(new StudentDirection(r.studentId(), r.direction()), r, (a, b) -> b.date().isAfter(a.date()) ? b : a);
      }
    }
    return List.copyOf(latest.values());
  }

  /** Children of a preschool organization. */
  public List<PreschoolChild> children() {
    return children;
  }

  /** Preschool infrastructure, if given. */
  public Optional<PreschoolFacilities> preschoolFacilities() {
    return preschoolFacilities;
  }

  /** Learners of an organization of additional education. */
  public List<Learner> learners() {
    return learners;
  }

  /** Learners' parts in educational and social projects. */
  public List<ProjectParticipation> projects() {
    return projects;
  }

  /** Mass events the organization held. */
  public List<HeldEvent> heldEvents() {
    return heldEvents;
  }

  /** Teachers' publications. */
  public List<Publication> publications() {
    return publications;
  }

  /** The students' classes by academic year (история контингента); empty in documents without history. */
  public List<ClassEnrolment> enrolments() {
    return enrolments;
  }

  /** Who taught what in which class by academic year (нагрузка); empty in documents without it. */
  public List<TeachingAssignment> assignments() {
    return assignments;
  }

  /** Results of questionnaires (анкетирование), as counts per answer option; empty when none were given. */
  public List<SurveyAnswer> surveys() {
    return surveys;
  }

  /** The teachers (staff ids, sorted) of a subject in a class in an academic year; empty when not known. */
  public List<String> teachersOf(ClassName className, SchoolSubject subject, AcademicYear year) {
    return assignments.stream().filter(a -> a.year().equals(year) && a.className().equals(className)
        && a.subject().equals(subject)).map(TeachingAssignment::staffId).distinct().sorted().toList();
  }

  /** A student's enrolments, in the order given. */
  public List<ClassEnrolment> enrolmentsOf(String studentId) {
    return List.copyOf(enrolmentsByStudent.getOrDefault(studentId, List.of()));
  }

  /**
   * The class a student was in on a day: from the enrolment history when it has the day's academic year (the class
   * that covers the day, else the last the student was in before it that year); without history for that year, the
   * student's own class, which is the class of the reporting year or, for a student who left before it, the class
   * they left from. Empty when the history has other years for the student but not this one (the class is not known,
   * and no analysis guesses it).
   */
  public Optional<ClassName> classOf(String studentId, LocalDate day) {
    Student s = studentsById.get(studentId);
    if (s == null) {
      return Optional.empty();
    }
    AcademicYear year = AcademicYear.of(day);
    List<ClassEnrolment> history = enrolmentsByStudent.getOrDefault(studentId, List.of());
    List<ClassEnrolment> thatYear = history.stream().filter(e -> e.year().equals(year)).toList();
    if (!thatYear.isEmpty()) {
      return thatYear.stream().filter(e -> e.covers(day)).findFirst()
          .or(() -> thatYear.stream().filter(e -> !e.start().isAfter(day)).max(java.util.Comparator.comparing(
              ClassEnrolment::end)))
          .or(() -> thatYear.stream().min(java.util.Comparator.comparing(ClassEnrolment::start)))
          .map(ClassEnrolment::className);
    }
    LocalDate own = s.leftOn().filter(d -> d.isBefore(period.asOfDate())).map(d -> d.minusDays(1)).orElse(period.asOfDate());
    if (AcademicYear.of(own).equals(year)) {
      return Optional.of(s.className());
    }
    return Optional.empty();
  }

  /** Infrastructure of additional education, if given. */
  public Optional<AdditionalFacilities> additionalFacilities() {
    return additionalFacilities;
  }

  /** Children on the roll on {@code date}. */
  public List<PreschoolChild> childrenOn(LocalDate date) {
    return children.stream().filter(c -> c.isEnrolledOn(date)).toList();
  }

  /** Learners on the roll on {@code date}. */
  public List<Learner> learnersOn(LocalDate date) {
    return learners.stream().filter(l -> l.isEnrolledOn(date)).toList();
  }

  /** The student with the given id. */
  public Optional<Student> student(String id) {
    return Optional.ofNullable(studentsById.get(id));
  }

  /** The staff member with the given id. */
  public Optional<StaffMember> staffMember(String id) {
    return Optional.ofNullable(staffById.get(id));
  }

  /** Students on the roll on {@code date}. */
  public List<Student> studentsOn(LocalDate date) {
    OnDate<Student> last = lastRoll;
    if (last != null && last.date().equals(date)) {
      return last.records(); // every indicator asks for the roll on the same as-of date
    }
    List<Student> roll = students.stream().filter(s -> s.isEnrolledOn(date)).toList();
    lastRoll = new OnDate<>(date, roll);
    return roll;
  }

  /** Staff employed on {@code date}. */
  public List<StaffMember> staffOn(LocalDate date) {
    OnDate<StaffMember> last = lastStaff;
    if (last != null && last.date().equals(date)) {
      return last.records();
    }
    List<StaffMember> employed = staff.stream().filter(s -> s.isEmployedOn(date)).toList();
    lastStaff = new OnDate<>(date, employed);
    return employed;
  }

  /** Records as of a date, kept from the last call: derived from immutable lists, so it never goes stale. */
  private record OnDate<T>(LocalDate date, List<T> records) {}

  @Override
  public boolean equals(Object o) {
    return o instanceof SchoolData other
        && organization.equals(other.organization)
        && period.equals(other.period)
        && students.equals(other.students)
        && staff.equals(other.staff)
        && marks.equals(other.marks)
        && exams.equals(other.exams)
        && certificates.equals(other.certificates)
        && contests.equals(other.contests)
        && vpr.equals(other.vpr)
        && infrastructure.equals(other.infrastructure)
        && destinations.equals(other.destinations)
        && literacy.equals(other.literacy)
        && children.equals(other.children)
        && preschoolFacilities.equals(other.preschoolFacilities)
        && learners.equals(other.learners)
        && projects.equals(other.projects)
        && heldEvents.equals(other.heldEvents)
        && publications.equals(other.publications)
        && enrolments.equals(other.enrolments)
        && assignments.equals(other.assignments)
        && surveys.equals(other.surveys)
        && additionalFacilities.equals(other.additionalFacilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, period, students, staff, marks, exams, certificates, contests, vpr,
        infrastructure, destinations, literacy, children, preschoolFacilities, learners, projects, heldEvents, publications,
        additionalFacilities, enrolments, assignments, surveys);
  }

  @Override
  public String toString() {
    return "SchoolData[" + organization.shortName() + ", " + period.label() + ", students=" + students.size()
        + ", staff=" + staff.size() + ", marks=" + marks.size() + ", exams=" + exams.size() + ", vpr=" + vpr.size() + "]";
  }

  /** Builds {@link SchoolData}. */
  public static final class Builder {
    private final Organization organization;
    private final ReportingPeriod period;
    private final List<Student> students = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private final List<AttestationMark> marks = new ArrayList<>();
    private final List<ExamResult> exams = new ArrayList<>();
    private final List<Certificate> certificates = new ArrayList<>();
    private final List<ContestResult> contests = new ArrayList<>();
    private final List<VprResult> vpr = new ArrayList<>();
    private Optional<Infrastructure> infrastructure = Optional.empty();
    private final List<GraduateDestination> destinations = new ArrayList<>();
    private final List<LiteracyResult> literacy = new ArrayList<>();
    private final List<PreschoolChild> children = new ArrayList<>();
    private Optional<PreschoolFacilities> preschoolFacilities = Optional.empty();
    private final List<Learner> learners = new ArrayList<>();
    private final List<ProjectParticipation> projects = new ArrayList<>();
    private final List<HeldEvent> heldEvents = new ArrayList<>();
    private final List<Publication> publications = new ArrayList<>();
    private final List<ClassEnrolment> enrolments = new ArrayList<>();
    private final List<TeachingAssignment> assignments = new ArrayList<>();
    private final List<SurveyAnswer> surveys = new ArrayList<>();
    private Optional<AdditionalFacilities> additionalFacilities = Optional.empty();

    private Builder(Organization organization, ReportingPeriod period) {
      this.organization = organization;
      this.period = period;
    }

    /** Adds students. */
    public Builder students(List<Student> values) {
      students.addAll(values);
      return this;
    }

    /** Adds a student. */
    public Builder student(Student value) {
      students.add(value);
      return this;
    }

    /** Adds staff members. */
    public Builder staff(List<StaffMember> values) {
      staff.addAll(values);
      return this;
    }

    /** Adds a staff member. */
    public Builder staffMember(StaffMember value) {
      staff.add(value);
      return this;
    }

    /** Adds attestation marks. */
    public Builder marks(List<AttestationMark> values) {
      marks.addAll(values);
      return this;
    }

    /** Adds state-exam results. */
    public Builder exams(List<ExamResult> values) {
      exams.addAll(values);
      return this;
    }

    /** Adds certificates. */
    public Builder certificates(List<Certificate> values) {
      certificates.addAll(values);
      return this;
    }

    /** Adds olympiad and contest results. */
    public Builder contests(List<ContestResult> values) {
      contests.addAll(values);
      return this;
    }

    /** Adds ВПР results. */
    public Builder vpr(List<VprResult> values) {
      vpr.addAll(values);
      return this;
    }

    /** Sets the infrastructure figures. */
    public Builder infrastructure(Infrastructure value) {
      infrastructure = Optional.of(value);
      return this;
    }

    /** Adds results of functional-literacy diagnostics. */
    public Builder literacy(List<LiteracyResult> values) {
      literacy.addAll(values);
      return this;
    }

    /** Adds graduates' destinations. */
    public Builder destinations(List<GraduateDestination> values) {
      destinations.addAll(values);
      return this;
    }

    /** Adds preschool children. */
    public Builder children(List<PreschoolChild> values) {
      children.addAll(values);
      return this;
    }

    /** Sets the preschool infrastructure. */
    public Builder preschoolFacilities(PreschoolFacilities value) {
      preschoolFacilities = Optional.of(value);
      return this;
    }

    /** Adds learners of additional education. */
    public Builder learners(List<Learner> values) {
      learners.addAll(values);
      return this;
    }

    /** Adds project participations. */
    public Builder projects(List<ProjectParticipation> values) {
      projects.addAll(values);
      return this;
    }

    /** Adds events the organization held. */
    public Builder heldEvents(List<HeldEvent> values) {
      heldEvents.addAll(values);
      return this;
    }

    /** Adds teachers' publications. */
    public Builder publications(List<Publication> values) {
      publications.addAll(values);
      return this;
    }

    /** Adds teaching assignments (нагрузка). */
    public Builder assignments(List<TeachingAssignment> values) {
      assignments.addAll(values);
      return this;
    }

    /** Adds results of questionnaires (анкетирование) as counts per answer option. */
    public Builder surveys(List<SurveyAnswer> values) {
      surveys.addAll(values);
      return this;
    }

    /** Adds students' classes by academic year. */
    public Builder enrolments(List<ClassEnrolment> values) {
      enrolments.addAll(values);
      return this;
    }

    /** Sets the infrastructure of additional education. */
    public Builder additionalFacilities(AdditionalFacilities value) {
      additionalFacilities = Optional.of(value);
      return this;
    }

    /**
     * Builds the data.
     *
     * @throws IllegalArgumentException listing duplicate ids and references to unknown students
     */
    public SchoolData build() {
      return new SchoolData(this);
    }
  }

  /** A student in a literacy direction. */
  private record StudentDirection(String studentId, LiteracyDirection direction) {}
}
