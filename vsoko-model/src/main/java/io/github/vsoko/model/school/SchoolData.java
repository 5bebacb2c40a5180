package io.github.vsoko.model.school;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.time.ReportingPeriod;
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
 * infrastructure and graduates' destinations. Pseudonymous: ids only, no names.
 *
 * <p>Checks on construction that ids are unique and that every record refers to a known student;
 * all problems are reported at once.
 */
public final class SchoolData {
  private static final int MAX_PROBLEMS_LISTED = 20;

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
  private final Map<String, Student> studentsById;
  private final Map<String, StaffMember> staffById;

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

    List<String> problems = new ArrayList<>();
    studentsById = index(students, Student::id, "student", problems);
    staffById = index(staff, StaffMember::id, "staff member", problems);
    references(marks, AttestationMark::studentId, "attestation mark", problems);
    references(exams, ExamResult::studentId, "exam result", problems);
    references(certificates, Certificate::studentId, "certificate", problems);
    references(contests, ContestResult::studentId, "contest result", problems);
    references(destinations, GraduateDestination::studentId, "graduate destination", problems);
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder("school data of «" + organization.shortName() + "» has "
          + problems.size() + " problem(s):");
      problems.stream().limit(MAX_PROBLEMS_LISTED).forEach(p -> message.append("\n  - ").append(p));
      if (problems.size() > MAX_PROBLEMS_LISTED) {
        message.append("\n  … and ").append(problems.size() - MAX_PROBLEMS_LISTED).append(" more");
      }
      throw new IllegalArgumentException(message.toString());
    }
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> id, String what, List<String> problems) {
    Map<String, T> map = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (map.putIfAbsent(id.apply(value), value) != null) {
        problems.add(what + " id «" + id.apply(value) + "» appears more than once (again at position " + (i + 1) + ")");
      }
    }
    return Map.copyOf(map);
  }

  private <T> void references(List<T> values, Function<T, String> studentId, String what, List<String> problems) {
    for (int i = 0; i < values.size(); i++) {
      String id = studentId.apply(values.get(i));
      if (!studentsById.containsKey(id)) {
        problems.add(what + " " + (i + 1) + " refers to student «" + id + "», who is not among the students");
      }
    }
  }

  /** A builder for the data of {@code organization} in {@code period}. */
  public static Builder builder(Organization organization, ReportingPeriod period) {
    return new Builder(organization, period);
  }

  /** A builder holding this data. */
  public Builder toBuilder() {
    Builder b = new Builder(organization, period);
    b.students.addAll(students);
    b.staff.addAll(staff);
    b.marks.addAll(marks);
    b.exams.addAll(exams);
    b.certificates.addAll(certificates);
    b.contests.addAll(contests);
    b.vpr.addAll(vpr);
    b.infrastructure = infrastructure;
    b.destinations.addAll(destinations);
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
    return students.stream().filter(s -> s.isEnrolledOn(date)).toList();
  }

  /** Staff employed on {@code date}. */
  public List<StaffMember> staffOn(LocalDate date) {
    return staff.stream().filter(s -> s.isEmployedOn(date)).toList();
  }

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
        && destinations.equals(other.destinations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, period, students, staff, marks, exams, certificates, contests, vpr,
        infrastructure, destinations);
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

    /** Adds graduates' destinations. */
    public Builder destinations(List<GraduateDestination> values) {
      destinations.addAll(values);
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
}
