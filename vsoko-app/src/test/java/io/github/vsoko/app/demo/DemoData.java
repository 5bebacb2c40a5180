package io.github.vsoko.app.demo;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.TeachingAssignment;
import io.github.vsoko.model.school.YearOutcome;
import io.github.vsoko.model.school.ClassEnrolment;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.DestinationKind;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.GraduateDestination;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.LiteracyDirection;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.LiteracyResult;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.TrainingKind;
import io.github.vsoko.model.school.TrainingRecord;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Generates the records of the demo school: a fictional «МБОУ СОШ № 7» of about 700 students and 50 staff for the
 * calendar year 2024. Every student has a latent ability drawn from N(0, 1); marks, exam and ВПР scores, olympiad
 * results and functional-literacy levels are drawn around it, so results of one student agree across procedures and the
 * distributions look like a school's (few «2», most «4»). One class (4Б in 2023/2024, now 5Б) is graded generously by
 * its teacher: its ВПР marks are lowered against the journal more often — the story the demo's analytics tell.
 */
final class DemoData {
  static final Organization ORGANIZATION = Organization.of("demo-school7", "МБОУ СОШ № 7",
      "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7» (демонстрационная)",
      OrganizationKind.GENERAL).withFisOkoLogin("edu990007").withDetails(io.github.vsoko.model.organization.OrganizationDetails
          .builder().founder("Управление образования администрации города N (демонстрационное)")
          .address("000000, г. N, ул. Школьная, д. 7").phone("+7 (000) 000-00-07").email("school7@example.ru")
          .website("https://school7.example.ru")
          .licence(io.github.vsoko.model.organization.RegistryEntry.of("Л035-00000-00/00000007", LocalDate.of(2016, 3, 15)))
          .accreditation(io.github.vsoko.model.organization.RegistryEntry.of("А007-00000-00/00000007", LocalDate.of(2016, 5, 20)))
          .head("Светлова Мария Борисовна", "Директор").build());

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final AcademicYear LAST_YEAR = AcademicYear.starting(2023);
  private static final ReportingPeriod LAST_YEAR_PERIOD = ReportingPeriod.academicYear(LAST_YEAR);
  private static final ReportingPeriod FIRST_HALF = ReportingPeriod.term(PeriodKind.HALF_YEAR, 1, LocalDate.of(2024, 9, 2),
      LocalDate.of(2024, 12, 27));
  private static final LocalDate GRADUATION = LocalDate.of(2024, 6, 30);

  private final Random random;
  private final Map<String, Double> ability = new HashMap<>();
  private final Map<String, MarkValue> annual = new HashMap<>();
  private final List<Student> students = new ArrayList<>();
  private final List<AttestationMark> marks = new ArrayList<>();
  private final List<ExamResult> exams = new ArrayList<>();
  private final List<Certificate> certificates = new ArrayList<>();
  private final List<GraduateDestination> destinations = new ArrayList<>();
  private final List<ContestResult> contests = new ArrayList<>();
  private final List<VprResult> vpr = new ArrayList<>();
  private final List<LiteracyResult> literacy = new ArrayList<>();
  private int nextId = 1;
  private int nextCode = 10001;

  DemoData(long seed) {
    this.random = new Random(seed);
  }

  SchoolData generate() {
    Map<String, Integer> classes = new LinkedHashMap<>();
    for (int grade = 1; grade <= 11; grade++) {
      String letters = letters(grade);
      for (char letter : letters.toCharArray()) {
        classes.put(grade + String.valueOf(letter), grade >= 10 ? 24 + random.nextInt(5) : 23 + random.nextInt(6));
      }
    }
    classes.forEach(this::enrol);
    graduates(9, "АБВ", 24, EducationLevel.BASIC);
    graduates(11, "А", 23, EducationLevel.SECONDARY);
    for (Student s : students) {
      annualMarks(s);
      halfYearMarks(s);
      contests(s);
      literacy(s);
    }
    vprResults();
    List<StaffMember> staff = staff();
    List<ClassEnrolment> history = enrolments();
    earlierMarks(history);
    return SchoolData.builder(ORGANIZATION, ReportingPeriod.calendarYear(2024))
        .students(students).enrolments(history).staff(staff).assignments(assignments(staff, history)).marks(marks).exams(exams).certificates(certificates).contests(contests).vpr(vpr)
        .destinations(destinations).literacy(literacy).surveys(surveys()).infrastructure(new Infrastructure(AS_OF, 96, 21480, true,
            new ReadingRoom(true, true, true, true, true, true), true, new BigDecimal("5240.5")))
        .build();
  }

  /** The letters of a grade's classes in the demo. */
  private static String letters(int grade) {
    return grade <= 4 || grade == 5 || grade == 7 || grade == 9 ? "АБВ" : grade <= 9 ? "АБ" : "А";
  }

  /**
   * The class a student was in {@code yearsBack} years before their class {@code now}: the same letter where the grade had
   * it, else one of that grade's classes chosen by the id (10А is formed from the 9th classes, 9В from 8А and 8Б).
   */
  static ClassName classBefore(String id, ClassName now, int yearsBack) {
    int grade = now.grade().value() - yearsBack;
    String letters = letters(grade);
    String letter = letters.contains(now.letter()) ? now.letter()
        : String.valueOf(letters.charAt(Math.floorMod(id.hashCode(), letters.length())));
    return new ClassName(Grade.of(grade), letter);
  }

  /**
   * Three academic years of history (2022/2023 to 2024/2025): each student's class by year, derived from the class and
   * the enrolment date (no random draw, so the rest of the data stays as it was); the 2024 graduates graduated, the
   * autumn leavers left, everyone else was promoted.
   */
  private List<ClassEnrolment> enrolments() {
    List<ClassEnrolment> out = new ArrayList<>();
    for (Student s : students) {
      boolean graduate = s.leftOn().filter(GRADUATION::equals).isPresent();
      int last = graduate ? 2023 : 2024; // the academic year of the student's own class
      for (int start = 2022; start <= last; start++) {
        int back = last - start;
        if (s.enrolledOn().isAfter(LocalDate.of(start, 9, 1)) || s.grade().value() - back < 1) {
          continue;
        }
        AcademicYear year = AcademicYear.starting(start);
        ClassName c = back == 0 ? s.className() : classBefore(s.id(), s.className(), back);
        if (back > 0) {
          out.add(ClassEnrolment.of(s.id(), year, c, YearOutcome.PROMOTED));
        } else if (graduate) {
          out.add(ClassEnrolment.of(s.id(), year, c, YearOutcome.GRADUATED));
        } else if (s.leftOn().isPresent()) {
          out.add(new ClassEnrolment(s.id(), year, c, Optional.empty(), s.leftOn(), Optional.of(YearOutcome.LEFT)));
        } else {
          out.add(new ClassEnrolment(s.id(), year, c, Optional.empty(), Optional.empty(), Optional.empty()));
        }
      }
    }
    return out;
  }

  /**
   * The teaching load of every year of the history: a class's subjects from its grade's curriculum, each taught by a
   * teacher whose position names the subject (in primary grades the class teacher of «начальных классов» takes the core
   * subjects), chosen by the class so that each teacher keeps their classes; no random draw.
   */
  private static List<TeachingAssignment> assignments(List<StaffMember> staff, List<ClassEnrolment> history) {
    java.util.SortedSet<String> classes = new java.util.TreeSet<>();
    for (ClassEnrolment e : history) {
      classes.add(e.year().startYear() + "|" + e.className());
    }
    List<TeachingAssignment> out = new ArrayList<>();
    for (String key : classes) {
      String[] k = key.split("\\|");
      AcademicYear year = AcademicYear.starting(Integer.parseInt(k[0]));
      ClassName c = ClassName.parse(k[1]);
      for (SchoolSubject subject : subjects(c.grade().value())) {
        List<StaffMember> teachers = staff.stream().filter(t -> t.position().contains(stem(subject, c.grade().value()))).toList();
        if (teachers.isEmpty()) {
          continue;
        }
        // the class letter and grade fix the teacher, so a teacher keeps a class across the years of one level
        int pick = Math.floorMod((c.grade().value() <= 4 ? 0 : c.grade().value()) * 7 + c.letter().hashCode()
            + (c.grade().value() <= 4 ? (c.grade().value() - 1) * 3 : 0), teachers.size());
        out.add(new TeachingAssignment(teachers.get(pick).id(), year, c, subject));
      }
    }
    return out;
  }

  /** The words of a teacher's position that name who teaches a subject («учитель математики»). */
  private static String stem(SchoolSubject subject, int grade) {
    String name = subject.name();
    if (grade <= 4 && !name.equals("Английский язык") && !name.equals("Физическая культура")) {
      return "начальных классов";
    }
    return switch (name) {
      case "Русский язык", "Литература" -> "русского языка";
      case "Математика", "Алгебра", "Геометрия", "Вероятность и статистика" -> "математики";
      case "Английский язык" -> "английского";
      case "История", "Обществознание" -> "истории";
      case "География" -> "географии";
      case "Биология" -> "биологии";
      case "Химия" -> "химии";
      case "Физика" -> "физики";
      case "Информатика" -> "информатики";
      case "Физическая культура" -> "физической";
      case "Музыка" -> "музыки";
      case "Изобразительное искусство" -> "изобразительного";
      case "Труд (технология)", "Технология" -> "труда";
      default -> "безопасности";
    };
  }

  private String id(String prefix) {
    return String.format("%s%04d", prefix, nextId++);
  }

  private void enrol(String className, int size) {
    ClassName c = ClassName.parse(className);
    int grade = c.grade().value();
    for (int i = 0; i < size; i++) {
      String id = id("s");
      double a = random.nextGaussian();
      ability.put(id, a);
      Set<StudentFlag> flags = EnumSet.of(StudentFlag.BROADBAND_ACCESS);
      if (random.nextDouble() < 0.03) {
        flags.add(StudentFlag.SPECIAL_NEEDS);
        if (random.nextDouble() < 0.2) {
          flags.add(StudentFlag.ADAPTED_PROGRAM_INTELLECTUAL);
        }
      }
      if (grade >= 10) {
        flags.add(StudentFlag.PROFILE_EDUCATION);
        if (random.nextDouble() < 0.2) {
          flags.add(StudentFlag.NETWORK_FORM);
        }
      }
      if (c.letter().equals("В") && grade >= 5) {
        flags.add(StudentFlag.ADVANCED_STUDY);
      }
      if (random.nextDouble() < 0.02) {
        flags.add(StudentFlag.DISTANCE_LEARNING);
      }
      if (random.nextDouble() < 0.99) {
        flags.add(StudentFlag.TEXTBOOKS_PROVIDED);
      }
      if (a < -1.6 && grade >= 2) {
        flags.add(StudentFlag.UNDERACHIEVING);
        if (random.nextDouble() < 0.8) {
          flags.add(StudentFlag.INDIVIDUAL_ROUTE);
        }
        if (random.nextDouble() < 0.6) {
          flags.add(StudentFlag.REMEDIAL_CLASSES);
        }
      }
      LocalDate enrolled = LocalDate.of(2024 - grade + 1, 9, 1);
      if (random.nextDouble() < 0.05 && grade > 1) {
        enrolled = LocalDate.of(2024 - random.nextInt(grade - 1), 9, 1);
      }
      Student s = new Student(id, c, enrolled, Optional.empty(), flags);
      if (random.nextDouble() < 0.012) {
        s = s.leaving(LocalDate.of(2024, 10 + random.nextInt(3), 1 + random.nextInt(28)));
      }
      students.add(s);
    }
  }

  private void graduates(int grade, String letters, int size, EducationLevel level) {
    for (char letter : letters.toCharArray()) {
      for (int i = 0; i < size + random.nextInt(4); i++) {
        String id = id(grade == 9 ? "g" : "h");
        double a = random.nextGaussian();
        ability.put(id, a);
        Set<StudentFlag> flags = EnumSet.of(StudentFlag.BROADBAND_ACCESS, StudentFlag.TEXTBOOKS_PROVIDED);
        if (grade == 11) {
          flags.add(StudentFlag.PROFILE_EDUCATION);
        }
        boolean ovz = random.nextDouble() < 0.03;
        if (ovz) {
          flags.add(StudentFlag.SPECIAL_NEEDS);
        }
        students.add(new Student(id, new ClassName(Grade.of(grade), String.valueOf(letter)), LocalDate.of(2024 - grade, 9, 1),
            Optional.of(GRADUATION), flags));
        if (grade == 9) {
          oge(id, a, ovz);
        } else {
          ege(id, a);
        }
      }
    }
  }

  // ---- attestation ----

  static List<SchoolSubject> subjects(int grade) {
    List<SchoolSubject> s = new ArrayList<>();
    if (grade <= 4) {
      s.addAll(List.of(SchoolSubject.RUSSIAN, SchoolSubject.LITERARY_READING, SchoolSubject.MATHEMATICS, SchoolSubject.NATURE_STUDY));
      if (grade >= 2) {
        s.add(SchoolSubject.ENGLISH);
      }
      s.addAll(List.of(SchoolSubject.MUSIC, SchoolSubject.ART, SchoolSubject.TECHNOLOGY, SchoolSubject.PHYSICAL_EDUCATION));
      return s;
    }
    s.addAll(List.of(SchoolSubject.RUSSIAN, SchoolSubject.LITERATURE, SchoolSubject.ENGLISH));
    if (grade <= 6) {
      s.add(SchoolSubject.MATHEMATICS);
    } else {
      s.addAll(List.of(SchoolSubject.ALGEBRA, SchoolSubject.GEOMETRY, SchoolSubject.PROBABILITY, SchoolSubject.INFORMATICS,
          SchoolSubject.PHYSICS));
    }
    s.add(SchoolSubject.HISTORY);
    if (grade >= 6) {
      s.add(SchoolSubject.SOCIAL_STUDIES);
    }
    s.addAll(List.of(SchoolSubject.GEOGRAPHY, SchoolSubject.BIOLOGY));
    if (grade >= 8) {
      s.addAll(List.of(SchoolSubject.CHEMISTRY, SchoolSubject.SAFETY));
    }
    if (grade <= 8) {
      s.add(SchoolSubject.MUSIC);
    }
    if (grade <= 7) {
      s.add(SchoolSubject.ART);
    }
    if (grade <= 9) {
      s.add(SchoolSubject.TECHNOLOGY);
    }
    s.add(SchoolSubject.PHYSICAL_EDUCATION);
    return s;
  }

  private static double ease(SchoolSubject s) {
    if (s.equals(SchoolSubject.PHYSICAL_EDUCATION)) {
      return 0.8;
    }
    if (s.equals(SchoolSubject.MUSIC) || s.equals(SchoolSubject.ART) || s.equals(SchoolSubject.TECHNOLOGY)) {
      return 0.6;
    }
    if (s.equals(SchoolSubject.MATHEMATICS) || s.equals(SchoolSubject.ALGEBRA) || s.equals(SchoolSubject.GEOMETRY)) {
      return -0.25;
    }
    if (s.equals(SchoolSubject.PHYSICS) || s.equals(SchoolSubject.CHEMISTRY) || s.equals(SchoolSubject.RUSSIAN)) {
      return -0.15;
    }
    return 0;
  }

  private MarkValue mark(double a, SchoolSubject subject, boolean specialNeeds) {
    return mark(random, a, subject, specialNeeds, 0);
  }

  private static MarkValue mark(Random random, double a, SchoolSubject subject, boolean specialNeeds, double shift) {
    if (specialNeeds && subject.equals(SchoolSubject.PHYSICAL_EDUCATION) && random.nextDouble() < 0.3) {
      return MarkValue.EXEMPT;
    }
    if (random.nextDouble() < 0.0015) {
      return MarkValue.NOT_ATTESTED;
    }
    long m = Math.round(4.05 + shift + 0.65 * a + ease(subject) + 0.35 * random.nextGaussian());
    return MarkValue.of((int) Math.max(2, Math.min(5, m)));
  }

  /**
   * Annual marks of 2022/2023 in the class of that year's history, a little lower than a year later (the school's
   * quality grew), drawn from a random source of their own so every other record stays as it was.
   */
  private void earlierMarks(List<ClassEnrolment> history) {
    Random earlier = new Random(20220901);
    AcademicYear year = AcademicYear.starting(2022);
    ReportingPeriod period = ReportingPeriod.academicYear(year);
    Map<String, Student> byId = new LinkedHashMap<>();
    students.forEach(s -> byId.put(s.id(), s));
    for (ClassEnrolment e : history) {
      int grade = e.className().grade().value();
      if (!e.year().equals(year) || grade < 2) {
        continue;
      }
      Student s = byId.get(e.studentId());
      for (SchoolSubject subject : subjects(grade)) {
        marks.add(new AttestationMark(s.id(), subject, period, mark(earlier, ability.get(s.id()), subject,
            s.has(StudentFlag.SPECIAL_NEEDS), -0.12)));
      }
    }
  }

  /** Annual marks of 2023/2024 for everyone who was in grades 2–11 then (grade 1 has no marks). */
  private void annualMarks(Student s) {
    int grade = s.className().grade().value();
    int then = s.leftOn().filter(GRADUATION::equals).isPresent() ? grade : grade - 1;
    if (then < 2 || s.enrolledOn().isAfter(LocalDate.of(2023, 9, 1))) {
      return;
    }
    double a = ability.get(s.id());
    for (SchoolSubject subject : subjects(then)) {
      MarkValue m = mark(a, subject, s.has(StudentFlag.SPECIAL_NEEDS));
      marks.add(new AttestationMark(s.id(), subject, LAST_YEAR_PERIOD, m));
      annual.put(s.id() + "|" + subject.code(), m);
    }
  }

  /** Marks of the first half-year 2024/2025 for students on the roll in grades 2–11. */
  private void halfYearMarks(Student s) {
    int grade = s.className().grade().value();
    if (grade < 2 || s.leftOn().isPresent()) {
      return;
    }
    double a = ability.get(s.id());
    for (SchoolSubject subject : subjects(grade)) {
      marks.add(new AttestationMark(s.id(), subject, FIRST_HALF, mark(a, subject, s.has(StudentFlag.SPECIAL_NEEDS))));
    }
  }

  // ---- ГИА ----

  /** A primary score out of {@code max} around the ability. */
  private int score(double a, int max, double base) {
    double share = base + 0.17 * a + 0.09 * random.nextGaussian();
    return (int) Math.round(Math.max(0.05, Math.min(1, share)) * max);
  }

  private static int byScale(int score, int min3, int min4, int min5) {
    return score >= min5 ? 5 : score >= min4 ? 4 : score >= min3 ? 3 : 2;
  }

  private void oge(String id, double a, boolean ovz) {
    if (ovz) {
      exams.add(new ExamResult(id, StateExam.GIA_9, ExamForm.GVE, SchoolSubject.RUSSIAN, Optional.empty(), OptionalInt.empty(),
          OptionalInt.empty(), Optional.of(MarkValue.of(a > 0 ? 4 : 3)), 2024, ExamPeriod.MAIN));
      exams.add(new ExamResult(id, StateExam.GIA_9, ExamForm.GVE, SchoolSubject.MATHEMATICS, Optional.empty(), OptionalInt.empty(),
          OptionalInt.empty(), Optional.of(MarkValue.THREE), 2024, ExamPeriod.MAIN));
      certificate(id, a, EducationLevel.BASIC, true);
      destinations.add(new GraduateDestination(id, EducationLevel.BASIC, 2024, DestinationKind.VOCATIONAL));
      return;
    }
    boolean passed = true;
    // Russian: 33 points, 15/23/29 (an approximation of the regional scale)
    int ru = score(a, 33, 0.72);
    exams.add(ExamResult.oge(id, SchoolSubject.RUSSIAN, 2024, ru, byScale(ru, 15, 23, 29)));
    if (ru < 15) {
      int retake = Math.min(33, 15 + random.nextInt(6));
      exams.add(new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.RUSSIAN, Optional.empty(), OptionalInt.of(retake),
          OptionalInt.empty(), Optional.of(MarkValue.of(byScale(retake, 15, 23, 29))), 2024, ExamPeriod.RESERVE));
    }
    // mathematics: 31 points, 8/15/22, each mark needs 2 points for geometry (the bundled 2024 scale)
    int math = score(a, 31, 0.45);
    int geometry = Math.min(math, Math.max(0, (int) Math.round(math * (0.3 + 0.1 * random.nextGaussian()))));
    int mathMark = geometry < 2 ? 2 : byScale(math, 8, 15, 22);
    exams.add(ExamResult.oge(id, SchoolSubject.MATHEMATICS, 2024, math, mathMark)
        .withPartScores(Map.of("геометрия", geometry, "алгебра", math - geometry)));
    if (mathMark == 2) {
      int retake = 8 + random.nextInt(5);
      int retakeGeometry = 2 + random.nextInt(2);
      boolean ok = random.nextDouble() < 0.85;
      int r = ok ? retake : 5;
      int g = ok ? retakeGeometry : 1;
      exams.add(new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, SchoolSubject.MATHEMATICS, Optional.empty(), OptionalInt.of(r),
          OptionalInt.empty(), Optional.of(MarkValue.of(g < 2 ? 2 : byScale(r, 8, 15, 22))), 2024, ExamPeriod.RESERVE)
          .withPartScores(Map.of("геометрия", g, "алгебра", r - g)));
      passed = ok;
    }
    // two subjects by choice
    Object[][] electives = {{SchoolSubject.SOCIAL_STUDIES, 37, 14, 24, 33, 0.5}, {SchoolSubject.INFORMATICS, 19, 5, 11, 16, 0.35},
      {SchoolSubject.GEOGRAPHY, 31, 12, 19, 26, 0.3}, {SchoolSubject.BIOLOGY, 48, 13, 25, 38, 0.25},
      {SchoolSubject.ENGLISH, 68, 29, 46, 58, 0.12}, {SchoolSubject.CHEMISTRY, 40, 10, 20, 31, 0.1},
      {SchoolSubject.PHYSICS, 45, 11, 22, 34, 0.1}, {SchoolSubject.HISTORY, 37, 11, 19, 27, 0.08}};
    int chosen = 0;
    for (int round = 0; chosen < 2 && round < 20; round++) {
      Object[] e = electives[random.nextInt(electives.length)];
      SchoolSubject subject = (SchoolSubject) e[0];
      if (random.nextDouble() > (double) e[5] * 2 || exams.stream().anyMatch(x -> x.studentId().equals(id) && x.subject().equals(subject))) {
        continue;
      }
      int max = (int) e[1];
      int sc = score(a, max, 0.6);
      exams.add(ExamResult.oge(id, subject, 2024, sc, byScale(sc, (int) e[2], (int) e[3], (int) e[4])));
      chosen++;
    }
    certificate(id, a, EducationLevel.BASIC, passed);
    double d = random.nextDouble();
    destinations.add(new GraduateDestination(id, EducationLevel.BASIC, 2024,
        !passed ? DestinationKind.OTHER : a > -0.2 && d < 0.8 ? DestinationKind.GRADE_10 : d < 0.97 ? DestinationKind.VOCATIONAL
            : DestinationKind.OTHER));
  }

  private int test(double a, double mean) {
    return (int) Math.max(12, Math.min(100, Math.round(mean + 14 * a + 8 * random.nextGaussian())));
  }

  private void ege(String id, double a) {
    int ru = test(a, 71);
    exams.add(ExamResult.ege(id, SchoolSubject.RUSSIAN, 2024, Math.max(1, ru / 2), ru));
    boolean passed = ru >= 24;
    if (a > -0.4 && random.nextDouble() < 0.8) {
      int math = test(a, 52);
      exams.add(ExamResult.ege(id, SchoolSubject.MATHEMATICS, 2024, Math.max(1, math / 4), math));
      passed &= math >= 27 || random.nextBoolean();
    } else {
      int mark = a < -1.5 ? 3 : a < 0 ? 4 : 5;
      exams.add(ExamResult.egeBaseMath(id, 2024, mark));
    }
    SchoolSubject[] electives = {SchoolSubject.SOCIAL_STUDIES, SchoolSubject.PHYSICS, SchoolSubject.INFORMATICS,
      SchoolSubject.CHEMISTRY, SchoolSubject.BIOLOGY, SchoolSubject.HISTORY, SchoolSubject.LITERATURE, SchoolSubject.ENGLISH};
    int n = 1 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      SchoolSubject subject = electives[random.nextInt(electives.length)];
      if (exams.stream().anyMatch(x -> x.studentId().equals(id) && x.subject().equals(subject))) {
        continue;
      }
      int t = test(a, 60);
      exams.add(ExamResult.ege(id, subject, 2024, Math.max(1, t / 3), t));
    }
    certificate(id, a, EducationLevel.SECONDARY, passed);
    double d = random.nextDouble();
    destinations.add(new GraduateDestination(id, EducationLevel.SECONDARY, 2024, d < 0.76 ? DestinationKind.UNIVERSITY
        : d < 0.94 ? DestinationKind.VOCATIONAL : d < 0.97 ? DestinationKind.EMPLOYMENT : DestinationKind.ARMY));
  }

  private void certificate(String id, double a, EducationLevel level, boolean passed) {
    CertificateStatus status = !passed ? CertificateStatus.NOT_ISSUED
        : a > 1.75 ? CertificateStatus.ISSUED_WITH_HONOURS : CertificateStatus.ISSUED;
    certificates.add(new Certificate(id, level, 2024, status));
  }

  // ---- olympiads and contests ----

  private void contests(Student s) {
    int grade = s.className().grade().value();
    if (s.leftOn().isPresent() && !s.leftOn().get().equals(GRADUATION) || grade < 4) {
      return;
    }
    double a = ability.get(s.id());
    boolean current = s.leftOn().isEmpty();
    SchoolSubject[] olympiad = {SchoolSubject.MATHEMATICS, SchoolSubject.RUSSIAN, SchoolSubject.HISTORY, SchoolSubject.BIOLOGY,
      SchoolSubject.ENGLISH, SchoolSubject.SOCIAL_STUDIES};
    if (current && random.nextDouble() < 0.25 + 0.15 * a) {
      SchoolSubject subject = olympiad[random.nextInt(olympiad.length)];
      ContestStatus status = a > 1.3 ? ContestStatus.WINNER : a > 0.8 ? ContestStatus.PRIZE_WINNER : ContestStatus.PARTICIPANT;
      contests.add(new ContestResult(s.id(), "ВсОШ, школьный этап", Optional.of(subject), ContestLevel.SCHOOL, status,
          LocalDate.of(2024, 9, 20 + random.nextInt(10))));
      if (grade >= 7 && status != ContestStatus.PARTICIPANT && random.nextDouble() < 0.6) {
        ContestStatus municipal = a > 1.9 ? ContestStatus.WINNER : a > 1.5 ? ContestStatus.PRIZE_WINNER : ContestStatus.PARTICIPANT;
        contests.add(new ContestResult(s.id(), "ВсОШ, муниципальный этап", Optional.of(subject), ContestLevel.MUNICIPAL, municipal,
            LocalDate.of(2024, 11, 10 + random.nextInt(15))));
      }
    }
    if (a > 1.6 && grade >= 8 && random.nextDouble() < 0.35) {
      contests.add(new ContestResult(s.id(), "ВсОШ, региональный этап", Optional.of(olympiad[random.nextInt(olympiad.length)]),
          ContestLevel.REGIONAL, a > 2.2 ? ContestStatus.PRIZE_WINNER : ContestStatus.PARTICIPANT,
          LocalDate.of(2024, 1, 20 + random.nextInt(10))));
    }
    if (random.nextDouble() < 0.04) {
      contests.add(new ContestResult(s.id(), "Региональный конкурс исследовательских проектов «Шаг в будущее»", Optional.empty(),
          ContestLevel.REGIONAL, a > 1 ? ContestStatus.PRIZE_WINNER : ContestStatus.PARTICIPANT,
          LocalDate.of(2024, 3, 10 + random.nextInt(10))));
    }
  }

  // ---- surveys, November 2024 (a random source of their own: the other records stay as they were) ----

  private static List<io.github.vsoko.model.school.SurveyAnswer> surveys() {
    Random r = new Random(20241120);
    List<io.github.vsoko.model.school.SurveyAnswer> out = new ArrayList<>();
    String[] scale = {"удовлетворён", "скорее удовлетворён", "скорее не удовлетворён", "не удовлетворён",
        "затрудняюсь ответить"};
    io.github.vsoko.model.school.AnswerRating[] ratings = {io.github.vsoko.model.school.AnswerRating.POSITIVE,
        io.github.vsoko.model.school.AnswerRating.POSITIVE, io.github.vsoko.model.school.AnswerRating.NEGATIVE,
        io.github.vsoko.model.school.AnswerRating.NEGATIVE, io.github.vsoko.model.school.AnswerRating.UNDECIDED};
    record Group(io.github.vsoko.model.school.RespondentGroup group, int respondents, LocalDate date, List<String> questions,
        double mood) {}
    List<Group> groups = List.of(
        new Group(io.github.vsoko.model.school.RespondentGroup.PARENTS, 318, LocalDate.of(2024, 11, 22),
            List.of("Качеством преподавания учебных предметов", "Условиями обучения (помещения, оборудование, питание)",
                "Информированностью об успехах ребёнка", "Организацией внеурочной деятельности"), 0.78),
        new Group(io.github.vsoko.model.school.RespondentGroup.STUDENTS, 274, LocalDate.of(2024, 11, 22),
            List.of("Качеством проведения учебных занятий", "Условиями в школе", "Отношениями с учителями"), 0.71),
        new Group(io.github.vsoko.model.school.RespondentGroup.TEACHERS, 41, LocalDate.of(2024, 11, 29),
            List.of("Условиями труда", "Методическим сопровождением", "Материально-техническим обеспечением"), 0.74));
    for (Group g : groups) {
      for (String question : g.questions()) {
        double mood = Math.min(0.95, Math.max(0.4, g.mood() + 0.08 * r.nextGaussian()));
        int positive = (int) Math.round(g.respondents() * mood);
        int undecided = (int) Math.round((g.respondents() - positive) * (0.3 + 0.2 * r.nextDouble()));
        int negative = g.respondents() - positive - undecided;
        int strongly = (int) Math.round(positive * (0.55 + 0.15 * r.nextDouble()));
        int stronglyNot = (int) Math.round(negative * (0.3 + 0.2 * r.nextDouble()));
        int[] counts = {strongly, positive - strongly, negative - stronglyNot, stronglyNot, undecided};
        for (int i = 0; i < scale.length; i++) {
          out.add(new io.github.vsoko.model.school.SurveyAnswer("Удовлетворённость качеством образования", g.group(), g.date(),
              "Насколько вы удовлетворены: " + question.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                  + question.substring(1) + "?", scale[i], counts[i], ratings[i]));
        }
      }
    }
    return out;
  }

  // ---- functional literacy ----

  private void literacy(Student s) {
    int grade = s.className().grade().value();
    if (grade < 5 || grade > 9 || s.leftOn().isPresent() || random.nextDouble() < 0.08) {
      return;
    }
    double a = ability.get(s.id());
    for (LiteracyDirection d : List.of(LiteracyDirection.READING, LiteracyDirection.MATHEMATICAL, LiteracyDirection.SCIENTIFIC)) {
      double x = a + 0.6 * random.nextGaussian() - (d == LiteracyDirection.SCIENTIFIC ? 0.3 : 0);
      LiteracyLevel level = x < -1.5 ? LiteracyLevel.INSUFFICIENT : x < -0.6 ? LiteracyLevel.LOW : x < 0.5 ? LiteracyLevel.MEDIUM
          : x < 1.3 ? LiteracyLevel.ELEVATED : LiteracyLevel.HIGH;
      BigDecimal score = BigDecimal.valueOf(Math.round(Math.max(3, Math.min(100, 55 + 18 * x)) * 10), 1);
      literacy.add(new LiteracyResult(s.id(), d, LocalDate.of(2024, 10, 14 + random.nextInt(5)), Optional.of(score),
          Optional.of(level), Optional.of("РЭШ")));
    }
  }

  // ---- ВПР, spring 2024 ----

  private record Work(SchoolSubject subject, int grade, int[] taskMax, int min3, int min4, int min5) {}

  private static final List<Work> WORKS = List.of(
      new Work(SchoolSubject.RUSSIAN, 4, new int[] {4, 3, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 3, 4}, 14, 24, 33),
      new Work(SchoolSubject.MATHEMATICS, 4, new int[] {1, 1, 2, 1, 2, 2, 1, 2, 2, 2, 1, 3}, 6, 10, 14),
      new Work(SchoolSubject.NATURE_STUDY, 4, new int[] {2, 3, 3, 3, 2, 4, 2, 2, 3, 3, 5}, 8, 18, 27),
      new Work(SchoolSubject.RUSSIAN, 5, new int[] {9, 3, 3, 3, 2, 3, 4, 3, 4, 3, 2, 2, 4}, 18, 29, 39),
      new Work(SchoolSubject.MATHEMATICS, 5, new int[] {1, 1, 1, 2, 1, 2, 2, 2, 2, 2, 2, 2}, 7, 11, 15),
      new Work(SchoolSubject.MATHEMATICS, 6, new int[] {1, 1, 1, 1, 1, 2, 1, 2, 2, 1, 2, 2, 3}, 6, 10, 14),
      new Work(SchoolSubject.MATHEMATICS, 7, new int[] {1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2}, 6, 12, 16),
      new Work(SchoolSubject.RUSSIAN, 8, new int[] {9, 3, 3, 3, 2, 3, 4, 3, 4, 3, 2, 2, 3, 2, 2, 3, 2}, 25, 35, 44));

  /** The work's scales, for docs and tests. */
  static List<String> scales() {
    return WORKS.stream().map(w -> w.subject().name() + " " + w.grade() + ": " + w.min3() + "/" + w.min4() + "/" + w.min5()).toList();
  }

  /** The journal's subject of a work: from grade 7 mathematics is taught as algebra and geometry; the journal mark is algebra's. */
  private static SchoolSubject journalSubject(Work w) {
    return w.subject().equals(SchoolSubject.MATHEMATICS) && w.grade() >= 7 ? SchoolSubject.ALGEBRA : w.subject();
  }

  private void vprResults() {
    for (Work w : WORKS) {
      for (Student s : students) {
        int grade = s.className().grade().value();
        if (s.leftOn().isPresent() || grade - 1 != w.grade() || s.enrolledOn().isAfter(LocalDate.of(2024, 3, 1))) {
          continue;
        }
        ClassName then = classBefore(s.id(), s.className(), 1);
        String code = Integer.toString(nextCode++);
        if (random.nextDouble() < 0.05) {
          vpr.add(new VprResult(code, ORGANIZATION.fisOkoLogin().orElseThrow(), Optional.of(then), w.subject(), Grade.of(w.grade()), 2024,
              Optional.empty(), true, List.of(), OptionalInt.empty(), Optional.empty(),
              Optional.ofNullable(annual.get(s.id() + "|" + journalSubject(w).code())).filter(MarkValue::isNumeric)));
          continue;
        }
        double a = ability.get(s.id());
        double p = 1 / (1 + Math.exp(-(0.95 + 1.1 * a)));
        List<TaskScore> tasks = new ArrayList<>();
        int total = 0;
        for (int t = 0; t < w.taskMax().length; t++) {
          int max = w.taskMax()[t];
          int got = 0;
          double pt = Math.max(0.02, Math.min(0.98, p + 0.15 * random.nextGaussian() - (t >= w.taskMax().length - 2 ? 0.25 : 0)));
          for (int k = 0; k < max; k++) {
            got += random.nextDouble() < pt ? 1 : 0;
          }
          boolean done = got > 0 || random.nextDouble() > 0.1;
          tasks.add(new TaskScore(Integer.toString(t + 1), done ? OptionalInt.of(got) : OptionalInt.empty(), OptionalInt.of(max)));
          total += got;
        }
        MarkValue mark = MarkValue.of(byScale(total, w.min3(), w.min4(), w.min5()));
        Optional<MarkValue> journal = Optional.ofNullable(annual.get(s.id() + "|" + journalSubject(w).code())).filter(MarkValue::isNumeric);
        if (then.toString().equals("4Б") && journal.isPresent() && journal.get().points().getAsInt() < 5 && random.nextDouble() < 0.6) {
          journal = Optional.of(MarkValue.of(journal.get().points().getAsInt() + 1)); // generous grading in 4Б
        }
        vpr.add(new VprResult(code, ORGANIZATION.fisOkoLogin().orElseThrow(), Optional.of(then), w.subject(), Grade.of(w.grade()), 2024,
            Optional.of(Integer.toString(1 + random.nextInt(2))), false, tasks, OptionalInt.of(total), Optional.of(mark), journal));
      }
    }
  }

  // ---- staff ----

  private List<StaffMember> staff() {
    List<StaffMember> out = new ArrayList<>();
    String[][] posts = {
      {"директор", "ADMINISTRATIVE"}, {"заместитель директора по УВР", "ADMINISTRATIVE"},
      {"заместитель директора по УВР", "ADMINISTRATIVE"}, {"заместитель директора по ВР", "ADMINISTRATIVE"},
      {"заместитель директора по АХР", "ADMINISTRATIVE"}, {"педагог-психолог", "TEACHING"}, {"социальный педагог", "TEACHING"},
      {"педагог-библиотекарь", "TEACHING"}, {"педагог дополнительного образования", "TEACHING"},
      {"советник директора по воспитанию", "TEACHING"}, {"секретарь", "OTHER"}};
    String[] subjects = {"начальных классов", "начальных классов", "начальных классов", "начальных классов", "начальных классов",
      "начальных классов", "начальных классов", "начальных классов", "начальных классов", "начальных классов", "начальных классов",
      "начальных классов", "русского языка и литературы", "русского языка и литературы", "русского языка и литературы",
      "русского языка и литературы", "математики", "математики", "математики", "математики", "английского языка",
      "английского языка", "английского языка", "истории и обществознания", "истории и обществознания", "географии", "биологии",
      "химии", "физики", "информатики", "информатики", "физической культуры", "физической культуры", "музыки",
      "изобразительного искусства", "труда (технологии)", "основ безопасности и защиты Родины", "физики"};
    int n = 1;
    for (String[] post : posts) {
      out.add(member("t" + n++, post[0], StaffCategory.valueOf(post[1])));
    }
    for (String subject : subjects) {
      out.add(member("t" + n++, "учитель " + subject, StaffCategory.TEACHING));
    }
    // an external part-timer teaching chemistry
    out.add(StaffMember.builder("t" + n, "учитель химии", LocalDate.of(1979, 4, 12), LocalDate.of(2021, 9, 1))
        .employment(Employment.EXTERNAL_PART_TIME).education(ProfessionalEducation.HIGHER, true)
        .qualificationCategory(QualificationCategory.FIRST).experience(new Experience(19, 3, AS_OF)).build());
    return out;
  }

  private StaffMember member(String id, String position, StaffCategory category) {
    int age = (int) Math.max(23, Math.min(68, Math.round(46 + 11 * random.nextGaussian())));
    LocalDate born = LocalDate.of(2024 - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
    int years = Math.max(0, Math.min(age - 22, (int) Math.round((age - 23) * (0.6 + 0.4 * random.nextDouble()))));
    LocalDate hired = LocalDate.of(Math.max(born.getYear() + 22, 2024 - Math.min(years, 25)), 9, 1);
    StaffMember.Builder b = StaffMember.builder(id, position, born, hired).category(category);
    double e = random.nextDouble();
    if (category != StaffCategory.OTHER) {
      b.education(e < 0.86 ? ProfessionalEducation.HIGHER : ProfessionalEducation.SECONDARY_VOCATIONAL, random.nextDouble() < 0.92);
    } else {
      b.education(ProfessionalEducation.SECONDARY_VOCATIONAL, false);
    }
    double q = random.nextDouble();
    b.qualificationCategory(years < 3 ? QualificationCategory.NONE : q < 0.38 ? QualificationCategory.HIGHEST
        : q < 0.75 ? QualificationCategory.FIRST : QualificationCategory.NONE);
    b.experience(new Experience(years, random.nextInt(12), AS_OF));
    if (category != StaffCategory.OTHER && random.nextDouble() < 0.86) {
      b.training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, random.nextBoolean()
          ? "Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя" : "Школа современного учителя",
          36 + 36 * random.nextInt(2), LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(11), 1 + random.nextInt(28)), true));
    }
    if (random.nextDouble() < 0.1) {
      b.training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, "Функциональная грамотность: оценка и формирование", 24,
          LocalDate.of(2024, 3, 15), false));
    }
    return b.build();
  }
}
