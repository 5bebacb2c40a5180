package io.github.vsoko.indicators;

import static io.github.vsoko.indicators.FieldType.BOOLEAN;
import static io.github.vsoko.indicators.FieldType.NAME;
import static io.github.vsoko.indicators.FieldType.NAME_SET;
import static io.github.vsoko.indicators.FieldType.NUMBER;
import static io.github.vsoko.indicators.FieldType.SUBJECT;
import static io.github.vsoko.indicators.FieldType.TEXT;

import io.github.vsoko.indicators.CalculationContext;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Learner;
import io.github.vsoko.model.school.LearnerFlag;
import io.github.vsoko.model.school.LiteracyDirection;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.LiteracyResult;
import io.github.vsoko.model.school.PreschoolChild;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.SpecialNeedsService;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.StayMode;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.school.RespondentGroup;
import io.github.vsoko.model.school.AnswerRating;
import io.github.vsoko.model.school.StudentFlag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import io.github.vsoko.model.school.DestinationKind;
import io.github.vsoko.model.school.GraduateDestination;
import io.github.vsoko.model.school.TrainingRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The record kinds declarative indicators may count, with their fields. */
final class RecordKinds {
  static final Map<String, RecordKind<?>> ALL = all();

  private RecordKinds() {}

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static Set<String> nameSet(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.toSet());
  }

  /** The class a student was in on the as-of date: the history's for a past year, else the student's own. */
  private static io.github.vsoko.model.school.ClassName classOn(Student s, CalculationContext c) {
    return c.data().classOf(s.id(), c.asOfDate()).orElse(s.className());
  }

  private static int year(CalculationContext ctx) {
    return ctx.period().end().getYear();
  }

  private static Map<String, RecordKind<?>> all() {
    Map<String, RecordKind<?>> m = new LinkedHashMap<>();
    m.put("students", RecordKind.<Student>of("students", "учащихся", ctx -> ctx.data().studentsOn(ctx.asOfDate()), Student::id,
        List.of(Field.of("grade", NUMBER, List.of(), (s, c) -> classOn(s, c).grade().value()),
            Field.of("level", NAME, names(EducationLevel.values()), (s, c) -> classOn(s, c).level().name()),
            Field.of("class", TEXT, List.of(), (s, c) -> classOn(s, c).toString()),
            Field.of("flags", NAME_SET, names(StudentFlag.values()), (s, c) -> nameSet(s.flags())))));
    m.put("staff", RecordKind.<StaffMember>of("staff", "работников", ctx -> ctx.data().staffOn(ctx.asOfDate()), StaffMember::id,
        List.of(Field.of("category", NAME, names(StaffCategory.values()), (s, c) -> s.category().name()),
            Field.of("employment", NAME, names(Employment.values()), (s, c) -> s.employment().name()),
            Field.of("education", NAME, names(ProfessionalEducation.values()), (s, c) -> s.education().name()),
            Field.of("pedagogicalProfile", BOOLEAN, List.of(), (s, c) -> s.pedagogicalProfile()),
            Field.of("qualificationCategory", NAME, names(QualificationCategory.values()),
                (s, c) -> s.qualificationCategory().name()),
            Field.of("position", TEXT, List.of(), (s, c) -> s.position()),
            Field.of("age", NUMBER, List.of(), (s, c) -> s.ageOn(c.asOfDate())),
            Field.of("experienceYears", NUMBER, List.of(),
                (s, c) -> s.experience().map(e -> (Object) e.yearsOn(c.asOfDate())).orElse(null)),
            Field.of("yearsSinceTraining", NUMBER, List.of(), (s, c) -> s.training().stream()
                .map(TrainingRecord::completedOn).filter(d -> !d.isAfter(c.asOfDate())).max(java.time.LocalDate::compareTo)
                .map(d -> (Object) java.time.Period.between(d, c.asOfDate()).getYears()).orElse(null)))));
    m.put("children", RecordKind.<PreschoolChild>of("children", "воспитанников", ctx -> ctx.data().childrenOn(ctx.asOfDate()),
        PreschoolChild::id,
        List.of(Field.of("stayMode", NAME, names(StayMode.values()), (s, c) -> s.stayMode().name()),
            Field.of("specialNeeds", BOOLEAN, List.of(), (s, c) -> s.specialNeeds()),
            Field.of("services", NAME_SET, names(SpecialNeedsService.values()), (s, c) -> nameSet(s.services())),
            Field.of("age", NUMBER, List.of(), (s, c) -> s.ageOn(c.asOfDate())))));
    m.put("learners", RecordKind.<Learner>of("learners", "учащихся", ctx -> ctx.data().learnersOn(ctx.asOfDate()), Learner::id,
        List.of(Field.of("flags", NAME_SET, names(LearnerFlag.values()), (s, c) -> nameSet(s.flags())),
            Field.of("paid", BOOLEAN, List.of(), (s, c) -> s.paid()),
            Field.of("associations", NUMBER, List.of(), (s, c) -> s.associations()),
            Field.of("age", NUMBER, List.of(), (s, c) -> s.ageOn(c.asOfDate())))));
    m.put("contests", RecordKind.<ContestResult>of("contests", "участников",
        ctx -> ctx.data().contests().stream().filter(r -> ctx.period().contains(r.date())).toList(), ContestResult::studentId,
        List.of(Field.of("level", NAME, names(ContestLevel.values()), (s, c) -> s.level().name()),
            Field.of("status", NAME, names(ContestStatus.values()), (s, c) -> s.status().name()),
            Field.of("subject", SUBJECT, List.of(), (s, c) -> s.subject().map(x -> x.code()).orElse(null)))));
    m.put("certificates", RecordKind.<Certificate>of("certificates", "выпускников",
        ctx -> ctx.data().certificates().stream().filter(x -> x.year() == year(ctx)).toList(), Certificate::studentId,
        List.of(Field.of("level", NAME, List.of("BASIC", "SECONDARY"), (s, c) -> s.level().name()),
            Field.of("status", NAME, names(CertificateStatus.values()), (s, c) -> s.status().name()))));
    m.put("exams", RecordKind.<ExamResult>of("exams", "участников ГИА",
        ctx -> ctx.data().exams().stream().filter(x -> x.year() == year(ctx)).toList(), ExamResult::studentId,
        List.of(Field.of("exam", NAME, names(StateExam.values()), (s, c) -> s.exam().name()),
            Field.of("form", NAME, names(ExamForm.values()), (s, c) -> s.form().name()),
            Field.of("subject", SUBJECT, List.of(), (s, c) -> s.subject().code()),
            Field.of("level", NAME, names(ExamLevel.values()), (s, c) -> s.level().map(Enum::name).orElse(null)),
            Field.of("period", NAME, names(ExamPeriod.values()), (s, c) -> s.period().name()),
            Field.of("mark", NUMBER, List.of(), (s, c) -> s.mark().flatMap(x -> x.points().isPresent()
                ? java.util.Optional.of((Object) x.points().getAsInt()) : java.util.Optional.empty()).orElse(null)),
            Field.of("testScore", NUMBER, List.of(), (s, c) -> s.testScore().isPresent() ? s.testScore().getAsInt() : null),
            Field.of("primaryScore", NUMBER, List.of(),
                (s, c) -> s.primaryScore().isPresent() ? s.primaryScore().getAsInt() : null))));
    m.put("destinations", RecordKind.<GraduateDestination>of("destinations", "выпускников",
        ctx -> ctx.data().destinations().stream().filter(x -> x.year() == year(ctx)).toList(), GraduateDestination::studentId,
        List.of(Field.of("level", NAME, List.of("BASIC", "SECONDARY"), (s, c) -> s.level().name()),
            Field.of("destination", NAME, names(DestinationKind.values()), (s, c) -> s.destination().name()))));
    m.put("literacy", RecordKind.<LiteracyResult>of("literacy", "обучающихся", ctx -> ctx.data().latestLiteracy(ctx.period()),
        LiteracyResult::studentId,
        List.of(Field.of("direction", NAME, names(LiteracyDirection.values()), (s, c) -> s.direction().name()),
            Field.of("level", NAME, names(LiteracyLevel.values()), (s, c) -> s.level().map(Enum::name).orElse(null)),
            Field.of("grade", NUMBER, List.of(),
                (s, c) -> c.data().student(s.studentId()).map(x -> (Object) x.grade().value()).orElse(null)),
            Field.of("class", TEXT, List.of(),
                (s, c) -> c.data().student(s.studentId()).map(x -> (Object) x.className().toString()).orElse(null)),
            Field.of("source", TEXT, List.of(), (s, c) -> s.source().orElse(null)))));
    m.put("surveys", RecordKind.<SurveyAnswer>aggregated("surveys", "ответов",
        ctx -> ctx.data().surveys().stream().filter(a -> ctx.period().contains(a.date())).toList(), SurveyAnswer::count,
        List.of(Field.of("group", NAME, names(RespondentGroup.values()), (s, c) -> s.group().name()),
            Field.of("rating", NAME, names(AnswerRating.values()), (s, c) -> s.rating().name()),
            Field.of("survey", TEXT, List.of(), (s, c) -> s.survey()),
            Field.of("question", TEXT, List.of(), (s, c) -> s.question()),
            Field.of("option", TEXT, List.of(), (s, c) -> s.option()))));
    m.put("marks", RecordKind.<io.github.vsoko.model.school.AttestationMark>of("marks", "учащихся",
        ctx -> ctx.data().marks().stream().filter(x -> ctx.period().contains(x.period().end())).toList(),
        io.github.vsoko.model.school.AttestationMark::studentId,
        List.of(Field.of("subject", SUBJECT, List.of(), (s, c) -> s.subject().code()),
            Field.of("period", NAME, names(io.github.vsoko.model.time.PeriodKind.values()), (s, c) -> s.period().kind().name()),
            Field.of("mark", NUMBER, List.of(), (s, c) -> s.value().isNumeric() ? (Object) s.value().points().getAsInt() : null),
            Field.of("value", NAME, names(io.github.vsoko.model.school.MarkValue.values()), (s, c) -> s.value().name()),
            Field.of("grade", NUMBER, List.of(), (s, c) -> c.data().classOf(s.studentId(), s.period().end())
                .map(x -> (Object) x.grade().value()).orElse(null)),
            Field.of("class", TEXT, List.of(), (s, c) -> c.data().classOf(s.studentId(), s.period().end())
                .map(x -> (Object) x.toString()).orElse(null)))));
    m.put("vpr", RecordKind.<io.github.vsoko.model.school.VprResult>of("vpr", "участников ВПР",
        ctx -> ctx.data().vpr().stream().filter(x -> x.year() == year(ctx)).toList(),
        r -> r.schoolLogin() + ":" + r.subject().code() + ":" + r.grade().value() + ":" + r.participantCode(),
        List.of(Field.of("subject", SUBJECT, List.of(), (s, c) -> s.subject().code()),
            Field.of("grade", NUMBER, List.of(), (s, c) -> s.grade().value()),
            Field.of("class", TEXT, List.of(), (s, c) -> s.className().map(x -> (Object) x.toString()).orElse(null)),
            Field.of("absent", BOOLEAN, List.of(), (s, c) -> s.absent()),
            Field.of("mark", NUMBER, List.of(), (s, c) -> s.mark().filter(io.github.vsoko.model.school.MarkValue::isNumeric)
                .map(x -> (Object) x.points().getAsInt()).orElse(null)),
            Field.of("journalMark", NUMBER, List.of(), (s, c) -> s.journalMark()
                .filter(io.github.vsoko.model.school.MarkValue::isNumeric).map(x -> (Object) x.points().getAsInt()).orElse(null)),
            Field.of("primaryScore", NUMBER, List.of(), (s, c) -> s.primaryScore().isPresent() ? s.primaryScore().getAsInt() : null),
            Field.of("comparison", NAME, names(io.github.vsoko.model.school.MarkComparison.values()),
                (s, c) -> s.absent() || s.mark().filter(io.github.vsoko.model.school.MarkValue::isNumeric).isEmpty() ? null
                    : io.github.vsoko.model.school.MarkComparison.of(s.mark().get(), s.journalMark()
                        .filter(io.github.vsoko.model.school.MarkValue::isNumeric)).name()))));
    return Map.copyOf(m);
  }

  /** Names in a stable order for messages. */
  static List<String> names() {
    return List.of("students", "staff", "children", "learners", "contests", "certificates", "exams", "destinations", "literacy", "surveys",
        "marks", "vpr");
  }
}
