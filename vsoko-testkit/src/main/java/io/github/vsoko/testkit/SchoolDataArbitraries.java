package io.github.vsoko.testkit;

import io.github.vsoko.indicators.order1324.EgeMinimumPurpose;
import io.github.vsoko.indicators.order1324.EgeMinimums;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AdditionalFacilities;
import io.github.vsoko.model.school.AnswerRating;
import io.github.vsoko.model.school.RespondentGroup;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.DestinationKind;
import io.github.vsoko.model.school.GraduateDestination;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.TeachingAssignment;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.HeldEvent;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.Learner;
import io.github.vsoko.model.school.LearnerFlag;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.PreschoolChild;
import io.github.vsoko.model.school.PreschoolFacilities;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.ProjectParticipation;
import io.github.vsoko.model.school.Publication;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.RoomKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.SpecialNeedsService;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.StayMode;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.school.TrainingKind;
import io.github.vsoko.model.school.TrainingRecord;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Realistic random school data for property tests: students, staff (some exactly on the age and experience bands'
 * edges) and teaching load, marks, ГИА with retakes (ОГЭ with and without a score, ЕГЭ exactly at and one below the
 * minimum or with a primary score only, ГВЭ-9 and ГВЭ-11 with a mark or a score only),
 * certificates and destinations, olympiads at every level, ВПР, functional literacy, surveys, infrastructure,
 * preschool children and learners of additional education, for one calendar year. Every id starts with a prefix, so that two generated organizations never share ids.
 *
 * @since 0.1.0
 */
public final class SchoolDataArbitraries {
  private static final SchoolSubject[] SUBJECTS = {SchoolSubject.RUSSIAN, SchoolSubject.MATHEMATICS, SchoolSubject.HISTORY};

  private SchoolDataArbitraries() {}

  /** Data of an organization whose ids start with {@code prefix}, for the calendar year {@code year}. */
  public static Arbitrary<SchoolData> schoolData(String prefix, int year) {
    return Arbitraries.randomValue(random -> generate(prefix, year, random));
  }

  /**
   * Data of an organization that has every kind of record the sets read (students of every level with graduates of
   * the 9th and 11th grades and their ГИА, ВПР, literacy, olympiads, staff with known service, infrastructure and
   * facilities, surveys), so that no indicator lacks its input: a value {@code Missing} on such data means the set
   * says «no data» where it means «does not apply».
   */
  public static Arbitrary<SchoolData> completeSchoolData(String prefix, int year) {
    return Arbitraries.randomValue(random -> generate(prefix, year, random, true));
  }

  /** Data of an organization with ids starting «a-», for 2024. */
  public static Arbitrary<SchoolData> schoolData() {
    return schoolData("a", 2024);
  }

  /** No records at all, for 2024. */
  public static SchoolData empty() {
    return SchoolData.builder(organization("empty"), ReportingPeriod.calendarYear(2024)).build();
  }

  private static Organization organization(String prefix) {
    return Organization.of(prefix, "Организация " + prefix, "Организация " + prefix, OrganizationKind.GENERAL);
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static LocalDate dayOf(int year, Random r) {
    return LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
  }

  /** Generates one organization's data from a random source. */
  public static SchoolData generate(String prefix, int year, Random r) {
    return generate(prefix, year, r, false);
  }

  private static SchoolData generate(String prefix, int year, Random r, boolean complete) {
    LocalDate asOf = LocalDate.of(year, 12, 31);
    AcademicYear attested = AcademicYear.starting(year - 1);
    List<Student> students = new ArrayList<>();
    List<AttestationMark> marks = new ArrayList<>();
    List<ExamResult> exams = new ArrayList<>();
    List<Certificate> certificates = new ArrayList<>();
    List<ContestResult> contests = new ArrayList<>();
    List<io.github.vsoko.model.school.LiteracyResult> literacy = new ArrayList<>();
    List<VprResult> vpr = new ArrayList<>();
    List<GraduateDestination> destinations = new ArrayList<>();
    List<TeachingAssignment> assignments = new ArrayList<>();
    int n = complete ? 12 + r.nextInt(30) : r.nextInt(40);
    for (int i = 0; i < n; i++) {
      Set<StudentFlag> flags = EnumSet.noneOf(StudentFlag.class);
      for (StudentFlag f : StudentFlag.values()) {
        if (r.nextInt(5) == 0) {
          flags.add(f);
        }
      }
      // complete data: the first students are graduates of the 9th and 11th grades, then one of every grade
      int grade = complete && i < 4 ? (i % 2 == 0 ? 9 : 11) : complete && i < 15 ? i - 3 : 1 + r.nextInt(11);
      boolean graduated = (grade == 9 || grade == 11) && (complete && i < 4 || r.nextInt(3) == 0);
      Optional<LocalDate> left = graduated ? Optional.of(LocalDate.of(year, 6, 30))
          : r.nextInt(10) == 0 ? Optional.of(dayOf(year, r).plusDays(1)) : Optional.empty();
      Student s = new Student(prefix + "-s" + i, new ClassName(Grade.of(grade), "А"), LocalDate.of(year - 5, 9, 1), left, flags);
      students.add(s);
      if (grade > 1) {
        for (SchoolSubject subject : SUBJECTS) {
          if (r.nextInt(4) > 0) {
            marks.add(new AttestationMark(s.id(), subject, ReportingPeriod.academicYear(attested),
                pick(r, new MarkValue[] {MarkValue.TWO, MarkValue.THREE, MarkValue.FOUR, MarkValue.FIVE, MarkValue.FIVE,
                    MarkValue.NOT_ATTESTED, MarkValue.EXEMPT})));
          }
        }
      }
      if (graduated) {
        EducationLevel level = grade == 9 ? EducationLevel.BASIC : EducationLevel.SECONDARY;
        certificates.add(new Certificate(s.id(), level, year, pick(r, CertificateStatus.values())));
        for (SchoolSubject subject : new SchoolSubject[] {SchoolSubject.RUSSIAN, SchoolSubject.MATHEMATICS}) {
          int sittings = 1 + r.nextInt(2);
          for (int k = 0; k < sittings; k++) {
            ExamPeriod period = k == 0 ? ExamPeriod.MAIN : ExamPeriod.RESERVE;
            exams.add(grade == 9 ? oge(s.id(), subject, year, period, r) : ege(s.id(), subject, year, period, r));
          }
        }
      }
      if (graduated) {
        DestinationKind destination = pick(r, DestinationKind.values());
        destinations.add(new GraduateDestination(s.id(), grade == 9 ? EducationLevel.BASIC : EducationLevel.SECONDARY, year,
            grade == 11 && destination == DestinationKind.GRADE_10 ? DestinationKind.UNIVERSITY : destination));
      }
      if (r.nextInt(3) == 0 || complete && i < 6) {
        // olympiads at every level, with a subject or without, winners, prize-winners and participants
        contests.add(new ContestResult(s.id(), "Олимпиада", r.nextBoolean() ? Optional.of(pick(r, SUBJECTS)) : Optional.empty(),
            pick(r, ContestLevel.values()), pick(r, ContestStatus.values()), dayOf(year, r)));
      }
      if (grade >= 4 && grade <= 8 && r.nextInt(2) == 0) {
        vpr.add(vpr(prefix, prefix + "-v" + i, s.className(), grade, year, r));
      }
      if (r.nextInt(3) == 0) {
        boolean scoreOnly = r.nextInt(5) == 0;
        literacy.add(new io.github.vsoko.model.school.LiteracyResult(s.id(),
            pick(r, io.github.vsoko.model.school.LiteracyDirection.values()), dayOf(year, r),
            scoreOnly || r.nextBoolean() ? Optional.of(BigDecimal.valueOf(r.nextInt(1000), 1)) : Optional.empty(),
            scoreOnly ? Optional.empty() : Optional.of(pick(r, io.github.vsoko.model.school.LiteracyLevel.values())),
            r.nextBoolean() ? Optional.of("РЭШ") : Optional.empty()));
      }
    }
    List<StaffMember> staff = new ArrayList<>();
    int m = complete ? 4 + r.nextInt(12) : r.nextInt(15);
    for (int i = 0; i < m; i++) {
      // now and then exactly 30 or 55 years old on the day (the age bands of order № 1324 turn there)
      LocalDate born = r.nextInt(6) == 0 ? asOf.minusYears(r.nextBoolean() ? 30 : 55)
          : LocalDate.of(1955 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
      StaffMember.Builder b = StaffMember.builder(prefix + "-t" + i,
              pick(r, new String[] {"учитель", "педагог-психолог", "методист", "воспитатель", "музыкальный руководитель"}),
              born, born.plusYears(22 + r.nextInt(10)).isAfter(asOf) ? asOf : born.plusYears(22 + r.nextInt(10)))
          .category(complete && i < 2 ? StaffCategory.TEACHING
              : pick(r, new StaffCategory[] {StaffCategory.TEACHING, StaffCategory.TEACHING, StaffCategory.ADMINISTRATIVE,
              StaffCategory.OTHER}))
          .employment(pick(r, new Employment[] {Employment.MAIN, Employment.MAIN, Employment.MAIN, Employment.EXTERNAL_PART_TIME,
              Employment.INTERNAL_PART_TIME}))
          .education(pick(r, ProfessionalEducation.values()), false)
          .qualificationCategory(pick(r, QualificationCategory.values()))
          .experience(r.nextInt(6) == 0 && asOf.getYear() - born.getYear() > 50
              ? new Experience(r.nextBoolean() ? 5 : 30, 0, asOf) // exactly on the experience bands' edges
              : new Experience(r.nextInt(Math.max(1, asOf.getYear() - born.getYear() - 19)), r.nextInt(12), asOf));
      if (r.nextBoolean()) {
        b.training(new TrainingRecord(pick(r, TrainingKind.values()), "Программа", 36, asOf.minusDays(r.nextInt(3000)),
            r.nextBoolean()));
      }
      StaffMember member = b.build();
      staff.add(member);
      if (member.category() == StaffCategory.TEACHING && r.nextBoolean()) {
        assignments.add(new TeachingAssignment(member.id(), attested, new ClassName(Grade.of(1 + r.nextInt(11)), "А"),
            pick(r, SUBJECTS)));
      }
    }
    SchoolData.Builder data = SchoolData.builder(organization(prefix), ReportingPeriod.calendarYear(year))
        .students(students).marks(marks).exams(exams).certificates(certificates).contests(contests).staff(staff)
        .literacy(literacy).vpr(vpr).destinations(destinations).assignments(assignments);
    if (complete || r.nextInt(5) > 0) {
      data.infrastructure(new Infrastructure(asOf, r.nextInt(60), r.nextInt(3000), r.nextBoolean(), readingRoom(r),
          r.nextBoolean(), BigDecimal.valueOf(r.nextInt(20000), 1)));
    }
    preschool(prefix, year, r, data, complete);
    additional(prefix, year, r, data, complete);
    data.surveys(surveys(year, r));
    return data.build();
  }

  /** A ВПР participant: present with tasks, a score and marks, or absent. */
  private static VprResult vpr(String login, String code, ClassName className, int grade, int year, Random r) {
    SchoolSubject subject = pick(r, new SchoolSubject[] {SchoolSubject.RUSSIAN, SchoolSubject.MATHEMATICS});
    if (r.nextInt(10) == 0) {
      return new VprResult(code, login, Optional.of(className), subject, Grade.of(grade), year, Optional.of("1"), true, List.of(),
          OptionalInt.empty(), Optional.empty(), Optional.empty());
    }
    List<TaskScore> tasks = new ArrayList<>();
    int sum = 0;
    for (int t = 1; t <= 5; t++) {
      int score = r.nextInt(3);
      sum += score;
      tasks.add(new TaskScore(String.valueOf(t), OptionalInt.of(score), OptionalInt.of(2)));
    }
    MarkValue mark = MarkValue.of(2 + Math.min(3, sum / 3));
    return new VprResult(code, login, Optional.of(className), subject, Grade.of(grade), year, Optional.of("1"), false, tasks,
        OptionalInt.of(sum), Optional.of(mark), r.nextBoolean() ? Optional.of(MarkValue.of(2 + r.nextInt(4))) : Optional.empty());
  }

  /** Survey answers: each group surveyed or not, two questions, counts per option of a four-option scale. */
  static List<SurveyAnswer> surveys(int year, Random r) {
    List<SurveyAnswer> answers = new ArrayList<>();
    String[] options = {"удовлетворён", "скорее удовлетворён", "не удовлетворён", "затрудняюсь ответить"};
    AnswerRating[] ratings = {AnswerRating.POSITIVE,
        AnswerRating.POSITIVE, AnswerRating.NEGATIVE,
        AnswerRating.UNDECIDED};
    for (RespondentGroup group : RespondentGroup.values()) {
      if (r.nextInt(3) == 0) {
        continue;
      }
      LocalDate date = dayOf(year, r);
      for (String question : new String[] {"Качество обучения", "Условия в школе"}) {
        for (int i = 0; i < options.length; i++) {
          answers.add(new SurveyAnswer("Удовлетворённость качеством образования", group, date,
              question, options[i], r.nextInt(40), ratings[i]));
        }
      }
    }
    return answers;
  }

  private static ReadingRoom readingRoom(Random r) {
    return r.nextBoolean() ? new ReadingRoom(true, r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(),
        r.nextBoolean()) : ReadingRoom.none();
  }

  /** ОГЭ with a score and a mark, a mark only (a protocol without scores), or ГВЭ-9 with a mark or a score only. */
  private static ExamResult oge(String id, SchoolSubject subject, int year, ExamPeriod period, Random r) {
    if (r.nextInt(6) == 0) {
      return gve(id, StateExam.GIA_9, subject, year, period, r);
    }
    OptionalInt score = r.nextInt(8) == 0 ? OptionalInt.empty() : OptionalInt.of(r.nextInt(34));
    return new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, subject, Optional.empty(), score,
        OptionalInt.empty(), Optional.of(MarkValue.of(2 + r.nextInt(4))), year, period);
  }

  /** ГВЭ: a mark (most), or a primary score without a mark (no ГВЭ scale is bundled). */
  private static ExamResult gve(String id, StateExam exam, SchoolSubject subject, int year, ExamPeriod period, Random r) {
    boolean scoreOnly = r.nextInt(4) == 0;
    return new ExamResult(id, exam, ExamForm.GVE, subject, Optional.empty(),
        scoreOnly ? OptionalInt.of(r.nextInt(20)) : OptionalInt.empty(), OptionalInt.empty(),
        scoreOnly ? Optional.empty() : Optional.of(MarkValue.of(2 + r.nextInt(4))), year, period);
  }

  /**
   * ЕГЭ: base mathematics with a mark; profile mathematics and Russian with a test score — often exactly at or one
   * below the certificate minimum (`EgeMinimums`), where the counting rules turn — or with a primary score only; ГВЭ-11 too.
   */
  private static ExamResult ege(String id, SchoolSubject subject, int year, ExamPeriod period, Random r) {
    if (r.nextInt(8) == 0) {
      return gve(id, StateExam.GIA_11, subject, year, period, r);
    }
    if (subject.equals(SchoolSubject.MATHEMATICS) && r.nextBoolean()) {
      return new ExamResult(id, StateExam.GIA_11, ExamForm.EGE, subject, Optional.of(ExamLevel.BASE), OptionalInt.empty(),
          OptionalInt.empty(), Optional.of(MarkValue.of(2 + r.nextInt(4))), year, period);
    }
    Optional<ExamLevel> level = subject.equals(SchoolSubject.MATHEMATICS) ? Optional.of(ExamLevel.PROFILE) : Optional.empty();
    // the certificate minimum of order № 1324's table (a year before the table: its first year's)
    int minimum = (subject.equals(SchoolSubject.MATHEMATICS) ? EgeMinimums.profileMathematics(Math.max(year, EgeMinimums.FIRST_YEAR))
        : EgeMinimums.russian(Math.max(year, EgeMinimums.FIRST_YEAR), EgeMinimumPurpose.CERTIFICATE)).getAsInt();
    OptionalInt test = switch (r.nextInt(8)) {
      case 0 -> OptionalInt.of(minimum);
      case 1 -> OptionalInt.of(minimum - 1);
      case 2 -> OptionalInt.empty(); // the primary score only
      default -> OptionalInt.of(r.nextInt(101));
    };
    return new ExamResult(id, StateExam.GIA_11, ExamForm.EGE, subject, level, OptionalInt.of(r.nextInt(40)), test,
        Optional.empty(), year, period);
  }

  private static void preschool(String prefix, int year, Random r, SchoolData.Builder data, boolean complete) {
    List<PreschoolChild> children = new ArrayList<>();
    int n = complete ? 5 + r.nextInt(15) : r.nextInt(20);
    for (int i = 0; i < n; i++) {
      LocalDate born = LocalDate.of(year - 1 - r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28));
      boolean ovz = r.nextInt(5) == 0;
      Set<SpecialNeedsService> services = EnumSet.noneOf(SpecialNeedsService.class);
      if (ovz) {
        for (SpecialNeedsService s : SpecialNeedsService.values()) {
          if (r.nextBoolean()) {
            services.add(s);
          }
        }
      }
      children.add(new PreschoolChild(prefix + "-c" + i, born, born.plusMonths(10), Optional.empty(),
          pick(r, StayMode.values()), ovz, services, r.nextInt(40)));
    }
    data.children(children);
    if (complete || r.nextBoolean()) {
      data.preschoolFacilities(new PreschoolFacilities(LocalDate.of(year, 12, 31), BigDecimal.valueOf(r.nextInt(9000), 1),
          BigDecimal.valueOf(r.nextInt(2000), 1), r.nextBoolean(), r.nextBoolean(), r.nextBoolean()));
    }
  }

  private static void additional(String prefix, int year, Random r, SchoolData.Builder data, boolean complete) {
    List<Learner> learners = new ArrayList<>();
    List<ContestResult> events = new ArrayList<>();
    List<ProjectParticipation> projects = new ArrayList<>();
    int n = complete ? 5 + r.nextInt(15) : r.nextInt(20);
    for (int i = 0; i < n; i++) {
      Set<LearnerFlag> flags = EnumSet.noneOf(LearnerFlag.class);
      for (LearnerFlag f : LearnerFlag.values()) {
        if (r.nextInt(5) == 0) {
          flags.add(f);
        }
      }
      LocalDate born = LocalDate.of(year - 4 - r.nextInt(14), 1 + r.nextInt(12), 1 + r.nextInt(28));
      Learner l = new Learner(prefix + "-l" + i, born, LocalDate.of(year - 1, 9, 1), Optional.empty(), 1 + r.nextInt(3),
          r.nextBoolean(), flags);
      learners.add(l);
      if (r.nextInt(3) == 0) {
        events.add(new ContestResult(l.id(), "Фестиваль", Optional.empty(), pick(r, ContestLevel.values()),
            pick(r, ContestStatus.values()), LocalDate.of(year, 1 + r.nextInt(12), 1)));
      }
      if (r.nextInt(4) == 0) {
        projects.add(new ProjectParticipation(l.id(), "Проект", pick(r, ContestLevel.values()), LocalDate.of(year, 1 + r.nextInt(12), 1)));
      }
    }
    data.learners(learners).contests(events).projects(projects);
    List<HeldEvent> held = new ArrayList<>();
    List<Publication> publications = new ArrayList<>();
    for (int i = 0; i < r.nextInt(5); i++) {
      held.add(new HeldEvent("Мероприятие " + prefix + i, pick(r, ContestLevel.values()), LocalDate.of(year, 1 + r.nextInt(12), 1)));
      publications.add(new Publication("Публикация " + prefix + i, LocalDate.of(year - r.nextInt(4), 1 + r.nextInt(12), 1)));
    }
    data.heldEvents(held).publications(publications);
    if (complete || r.nextBoolean()) {
      Map<RoomKind, Integer> rooms = new EnumMap<>(RoomKind.class);
      for (RoomKind k : RoomKind.values()) {
        rooms.put(k, r.nextInt(4));
      }
      data.additionalFacilities(new AdditionalFacilities(LocalDate.of(year, 12, 31), r.nextInt(40), rooms, r.nextBoolean(),
          r.nextBoolean(), readingRoom(r), r.nextBoolean(), r.nextBoolean()));
    }
  }
}
