package io.github.vsoko.io;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.school.AdditionalFacilities;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.ClassEnrolment;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.GraduateDestination;
import io.github.vsoko.model.school.LiteracyResult;
import io.github.vsoko.model.school.HeldEvent;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.Learner;
import io.github.vsoko.model.school.PreschoolChild;
import io.github.vsoko.model.school.PreschoolFacilities;
import io.github.vsoko.model.school.ProjectParticipation;
import io.github.vsoko.model.school.Publication;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.school.TeachingAssignment;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.time.ReportingPeriod;
import java.util.List;
import java.util.Optional;

/** The canonical document: a format tag and every part of {@link SchoolData}, lists defaulting to empty. */
record SchoolDataDocument(
    String format,
    String kind,
    Organization organization,
    ReportingPeriod period,
    List<Student> students,
    List<ClassEnrolment> enrolments,
    List<StaffMember> staff,
    List<TeachingAssignment> assignments,
    List<AttestationMark> marks,
    List<ExamResult> exams,
    List<Certificate> certificates,
    List<ContestResult> contests,
    List<VprResult> vpr,
    Optional<Infrastructure> infrastructure,
    List<GraduateDestination> destinations,
    List<LiteracyResult> literacy,
    List<SurveyAnswer> surveys,
    List<PreschoolChild> children,
    Optional<PreschoolFacilities> preschoolFacilities,
    List<Learner> learners,
    List<ProjectParticipation> projects,
    List<HeldEvent> heldEvents,
    List<Publication> publications,
    Optional<AdditionalFacilities> additionalFacilities) {

  /** The kind tag of school-data documents (optional when reading). */
  static final String KIND = "school-data";

  SchoolDataDocument {
    students = orEmpty(students);
    enrolments = orEmpty(enrolments);
    staff = orEmpty(staff);
    assignments = orEmpty(assignments);
    marks = orEmpty(marks);
    exams = orEmpty(exams);
    certificates = orEmpty(certificates);
    contests = orEmpty(contests);
    vpr = orEmpty(vpr);
    infrastructure = infrastructure == null ? Optional.empty() : infrastructure;
    destinations = orEmpty(destinations);
    literacy = orEmpty(literacy);
    surveys = orEmpty(surveys);
    children = orEmpty(children);
    preschoolFacilities = preschoolFacilities == null ? Optional.empty() : preschoolFacilities;
    learners = orEmpty(learners);
    projects = orEmpty(projects);
    heldEvents = orEmpty(heldEvents);
    publications = orEmpty(publications);
    additionalFacilities = additionalFacilities == null ? Optional.empty() : additionalFacilities;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static SchoolDataDocument of(SchoolData d, String format) {
    return new SchoolDataDocument(format, KIND, d.organization(), d.period(), d.students(), d.enrolments(), d.staff(), d.assignments(), d.marks(), d.exams(),
        d.certificates(), d.contests(), d.vpr(), d.infrastructure(), d.destinations(), d.literacy(), d.surveys(), d.children(), d.preschoolFacilities(),
        d.learners(), d.projects(), d.heldEvents(), d.publications(), d.additionalFacilities());
  }

  SchoolData toSchoolData() {
    SchoolData.Builder b = SchoolData.builder(organization, period)
        .students(students).enrolments(enrolments).staff(staff).assignments(assignments).marks(marks).exams(exams).certificates(certificates).contests(contests)
        .vpr(vpr).destinations(destinations).literacy(literacy).surveys(surveys).children(children).learners(learners).projects(projects)
        .heldEvents(heldEvents).publications(publications);
    infrastructure.ifPresent(b::infrastructure);
    preschoolFacilities.ifPresent(b::preschoolFacilities);
    additionalFacilities.ifPresent(b::additionalFacilities);
    return b.build();
  }
}
