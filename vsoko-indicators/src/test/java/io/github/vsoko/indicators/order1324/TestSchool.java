package io.github.vsoko.indicators.order1324;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.Infrastructure;
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
import io.github.vsoko.model.school.TrainingKind;
import io.github.vsoko.model.school.TrainingRecord;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A small school with hand-computed indicators for 2024 (as of 31.12.2024). Every expected value in
 * {@code GeneralSetTest} is worked out from the records below.
 */
final class TestSchool {
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final Organization ORG = Organization.of("sch1", "МБОУ СОШ № 1", "Муниципальное бюджетное общеобразовательное "
      + "учреждение «Средняя общеобразовательная школа № 1»", OrganizationKind.GENERAL);
  private static final LocalDate ENROLLED = LocalDate.of(2018, 9, 1);

  private TestSchool() {}

  private static Student student(String id, String className, StudentFlag... flags) {
    return Student.of(id, ClassName.parse(className), ENROLLED).withFlags(Set.of(flags));
  }

  /**
   * Students on 31.12.2024: 10 — НОО 4 (s1–s4), ООО 4 (s5–s8), СОО 2 (s9, s10). s11 left in
   * October 2024; the 2024 graduates g1–g6 (9th grade) and h1–h4 (11th grade) left in June.
   */
  static List<Student> students() {
    List<Student> s = new ArrayList<>(List.of(
        student("s1", "1А"), student("s2", "2А"), student("s3", "3А", StudentFlag.DISTANCE_LEARNING),
        student("s4", "4А"), student("s5", "5А", StudentFlag.ADVANCED_STUDY), student("s6", "7Б"),
        student("s7", "9А", StudentFlag.ADVANCED_STUDY), student("s8", "9Б"),
        student("s9", "10А", StudentFlag.PROFILE_EDUCATION, StudentFlag.NETWORK_FORM),
        student("s10", "11А", StudentFlag.PROFILE_EDUCATION),
        student("s11", "6А").leaving(LocalDate.of(2024, 10, 15))));
    for (int i = 1; i <= 6; i++) {
      s.add(student("g" + i, "9А").leaving(LocalDate.of(2024, 6, 30)));
    }
    for (int i = 1; i <= 4; i++) {
      s.add(student("h" + i, "11А").leaving(LocalDate.of(2024, 6, 30)));
    }
    return s;
  }

  /**
   * Annual marks of 2023/2024: s2 all 5 (good), s3 4 and 5 (good), s4 a 3 (not), s5 4 and «осв.» (good),
   * s6 an «н/а» and a 5 (not), s7 only 5 (good); s1 (first grade) and s8–s10 have none.
   * So 1.5 = 4 of 10 (40 %) by default, 4 of the 6 graded (s2–s7) with GRADED_STUDENTS.
   */
  static List<AttestationMark> marks() {
    ReportingPeriod year = ReportingPeriod.academicYear(AcademicYear.starting(2023));
    List<AttestationMark> m = new ArrayList<>();
    m.add(new AttestationMark("s2", SchoolSubject.RUSSIAN, year, MarkValue.FIVE));
    m.add(new AttestationMark("s2", SchoolSubject.MATHEMATICS, year, MarkValue.FIVE));
    m.add(new AttestationMark("s3", SchoolSubject.RUSSIAN, year, MarkValue.FOUR));
    m.add(new AttestationMark("s3", SchoolSubject.MATHEMATICS, year, MarkValue.FIVE));
    m.add(new AttestationMark("s4", SchoolSubject.RUSSIAN, year, MarkValue.THREE));
    m.add(new AttestationMark("s4", SchoolSubject.MATHEMATICS, year, MarkValue.FIVE));
    m.add(new AttestationMark("s5", SchoolSubject.RUSSIAN, year, MarkValue.FOUR));
    m.add(new AttestationMark("s5", SchoolSubject.PHYSICAL_EDUCATION, year, MarkValue.EXEMPT));
    m.add(new AttestationMark("s6", SchoolSubject.RUSSIAN, year, MarkValue.NOT_ATTESTED));
    m.add(new AttestationMark("s6", SchoolSubject.MATHEMATICS, year, MarkValue.FIVE));
    m.add(new AttestationMark("s7", SchoolSubject.HISTORY, year, MarkValue.FIVE));
    // a term mark does not count
    m.add(new AttestationMark("s8", SchoolSubject.HISTORY,
        ReportingPeriod.term(io.github.vsoko.model.time.PeriodKind.QUARTER, 1, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 27)),
        MarkValue.FIVE));
    return m;
  }

  private static ExamResult oge(String id, SchoolSubject subject, int primary, int mark, ExamPeriod period) {
    return new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, subject, Optional.empty(), OptionalInt.of(primary),
        OptionalInt.empty(), Optional.of(MarkValue.of(mark)), 2024, period);
  }

  private static ExamResult egeBase(String id, int mark, ExamPeriod period) {
    return new ExamResult(id, StateExam.GIA_11, ExamForm.EGE, SchoolSubject.MATHEMATICS, Optional.of(ExamLevel.BASE),
        OptionalInt.empty(), OptionalInt.empty(), Optional.of(MarkValue.of(mark)), 2024, period);
  }

  private static ExamResult ege(String id, SchoolSubject subject, int test, ExamPeriod period) {
    Optional<ExamLevel> level = subject.equals(SchoolSubject.MATHEMATICS) ? Optional.of(ExamLevel.PROFILE) : Optional.empty();
    return new ExamResult(id, StateExam.GIA_11, ExamForm.EGE, subject, level, OptionalInt.of(test * 2 / 3),
        OptionalInt.of(test), Optional.empty(), 2024, period);
  }

  /**
   * ГИА-9 2024, Russian: g1 5, g2 4, g3 3, g4 2 then 3 in reserve, g5 2 (twice), g6 ГВЭ 4.
   * Final marks 5,4,3,3,2,4 → mean 21/6 = 3.5; main only: 5,4,3,2,2,4 → 20/6.
   * Maths: g1 4, g2 3, g3 3, g4 3, g5 2, g6 ГВЭ 3 → mean 18/6 = 3.0; failed: g5 (1 of 6).
   * ЕГЭ 2024, Russian: h1 80, h2 23 then 50 (reserve), h3 30, h4 20 → final 80, 50, 30, 20 → mean 45;
   * below 24: h4 (1 of 4); below 36 (admission): h3, h4.
   * Maths: h1 profile 70; h2 profile 20 and base 4; h3 profile 25; h4 base 2 → NO_LEVEL_PASSED: h3, h4;
   * PROFILE: h2, h3; BASE: h4. Profile mean (70+20+25)/3.
   */
  static List<ExamResult> exams() {
    List<ExamResult> e = new ArrayList<>(List.of(
        oge("g1", SchoolSubject.RUSSIAN, 30, 5, ExamPeriod.MAIN), oge("g2", SchoolSubject.RUSSIAN, 25, 4, ExamPeriod.MAIN),
        oge("g3", SchoolSubject.RUSSIAN, 18, 3, ExamPeriod.MAIN), oge("g4", SchoolSubject.RUSSIAN, 10, 2, ExamPeriod.MAIN),
        oge("g4", SchoolSubject.RUSSIAN, 16, 3, ExamPeriod.RESERVE), oge("g5", SchoolSubject.RUSSIAN, 9, 2, ExamPeriod.MAIN),
        oge("g5", SchoolSubject.RUSSIAN, 8, 2, ExamPeriod.RESERVE),
        oge("g1", SchoolSubject.MATHEMATICS, 20, 4, ExamPeriod.MAIN), oge("g2", SchoolSubject.MATHEMATICS, 12, 3, ExamPeriod.MAIN),
        oge("g3", SchoolSubject.MATHEMATICS, 11, 3, ExamPeriod.MAIN), oge("g4", SchoolSubject.MATHEMATICS, 10, 3, ExamPeriod.MAIN),
        oge("g5", SchoolSubject.MATHEMATICS, 4, 2, ExamPeriod.MAIN),
        ege("h1", SchoolSubject.RUSSIAN, 80, ExamPeriod.MAIN), ege("h2", SchoolSubject.RUSSIAN, 23, ExamPeriod.MAIN),
        ege("h2", SchoolSubject.RUSSIAN, 50, ExamPeriod.RESERVE), ege("h3", SchoolSubject.RUSSIAN, 30, ExamPeriod.MAIN),
        ege("h4", SchoolSubject.RUSSIAN, 20, ExamPeriod.MAIN),
        ege("h1", SchoolSubject.MATHEMATICS, 70, ExamPeriod.MAIN), ege("h2", SchoolSubject.MATHEMATICS, 20, ExamPeriod.MAIN),
        egeBase("h2", 4, ExamPeriod.MAIN), ege("h3", SchoolSubject.MATHEMATICS, 25, ExamPeriod.MAIN),
        egeBase("h4", 2, ExamPeriod.MAIN)));
    e.add(new ExamResult("g6", StateExam.GIA_9, ExamForm.GVE, SchoolSubject.RUSSIAN, Optional.empty(), OptionalInt.empty(),
        OptionalInt.empty(), Optional.of(MarkValue.FOUR), 2024, ExamPeriod.MAIN));
    e.add(new ExamResult("g6", StateExam.GIA_9, ExamForm.GVE, SchoolSubject.MATHEMATICS, Optional.empty(), OptionalInt.empty(),
        OptionalInt.empty(), Optional.of(MarkValue.THREE), 2024, ExamPeriod.MAIN));
    return e;
  }

  /** 9th grade: 6 graduates, g5 without certificate, g1 with honours; 11th: 4, h4 without, h1 with honours. */
  static List<Certificate> certificates() {
    List<Certificate> c = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      CertificateStatus status = i == 5 ? CertificateStatus.NOT_ISSUED
          : i == 1 ? CertificateStatus.ISSUED_WITH_HONOURS : CertificateStatus.ISSUED;
      c.add(new Certificate("g" + i, EducationLevel.BASIC, 2024, status));
    }
    for (int i = 1; i <= 4; i++) {
      CertificateStatus status = i == 4 ? CertificateStatus.NOT_ISSUED
          : i == 1 ? CertificateStatus.ISSUED_WITH_HONOURS : CertificateStatus.ISSUED;
      c.add(new Certificate("h" + i, EducationLevel.SECONDARY, 2024, status));
    }
    return c;
  }

  /**
   * 2024 contests: s5 participant (school), s7 winner twice (municipal and regional), s9 prize-winner
   * (federal), s10 winner (international), s2 participant in 2023 (outside the year).
   * 1.18 = 4 persons (s5, s7, s9, s10) of 10; 5 participations. 1.19 = 3; 1.19.1 = 1; 1.19.2 = 1; 1.19.3 = 1.
   */
  static List<ContestResult> contests() {
    return List.of(
        new ContestResult("s5", "ВсОШ, школьный этап", Optional.of(SchoolSubject.MATHEMATICS), ContestLevel.SCHOOL,
            io.github.vsoko.model.school.ContestStatus.PARTICIPANT, LocalDate.of(2024, 10, 1)),
        new ContestResult("s7", "ВсОШ, муниципальный этап", Optional.of(SchoolSubject.HISTORY), ContestLevel.MUNICIPAL,
            io.github.vsoko.model.school.ContestStatus.WINNER, LocalDate.of(2024, 11, 20)),
        new ContestResult("s7", "Региональный конкурс сочинений", Optional.empty(), ContestLevel.REGIONAL,
            io.github.vsoko.model.school.ContestStatus.WINNER, LocalDate.of(2024, 3, 15)),
        new ContestResult("s9", "Всероссийский конкурс проектов", Optional.empty(), ContestLevel.FEDERAL,
            io.github.vsoko.model.school.ContestStatus.PRIZE_WINNER, LocalDate.of(2024, 4, 10)),
        new ContestResult("s10", "Международная олимпиада", Optional.empty(), ContestLevel.INTERNATIONAL,
            io.github.vsoko.model.school.ContestStatus.WINNER, LocalDate.of(2024, 7, 1)),
        new ContestResult("s2", "Конкурс чтецов", Optional.empty(), ContestLevel.SCHOOL,
            io.github.vsoko.model.school.ContestStatus.PARTICIPANT, LocalDate.of(2023, 12, 20)));
  }

  private static StaffMember.Builder teacher(String id, LocalDate born) {
    return StaffMember.builder(id, "учитель", born, LocalDate.of(2010, 9, 1));
  }

  /**
   * On 31.12.2024, teaching staff (main job): t1–t6 = 6. External part-timer x1 counts only with
   * INCLUDE_EXTERNAL; an internal part-time record never; t7 left in 2023.
   * Education: higher t1–t4 (pedagogical t1–t3), СПО t5 (pedagogical), t6 none → 1.25 = 4, 1.26 = 3,
   * 1.27 = 1, 1.28 = 1. Categories: t1 высшая, t2 и t3 первая → 1.29 = 3, 1.29.1 = 1, 1.29.2 = 2.
   * Experience on 31.12.2024: t1 4y11m (< 5), t2 exactly 5y, t3 exactly 30y, t4 30y and a day (> 30),
   * t5 10y, t6 2y → 1.30.1 = 2 (t1, t6), 1.30.2 = 1 (t4).
   * Age on 31.12.2024: t1 29 (born 01.01.1995), t2 exactly 30, t3 exactly 55, t4 54, t5 60, t6 35 →
   * 1.31 = 1 (t1), 1.32 = 2 (t3, t5).
   * Administrative: a1 (main). 1.33 base = 7: ПК within 5 years: t1 (2023), t2 (01.01.2020, inside),
   * a1 (2022), t3 only in 31.12.2019 (outside) → 3 of 7. 1.34 (ФГОС, any time): t1, t3 → 2 of 7;
   * with a 3-year window: t1 only.
   */
  static List<StaffMember> staff() {
    return List.of(
        teacher("t1", LocalDate.of(1995, 1, 1)).education(ProfessionalEducation.HIGHER, true)
            .qualificationCategory(QualificationCategory.HIGHEST).experience(new Experience(4, 11, AS_OF))
            .training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, "ФГОС ООО", 36, LocalDate.of(2023, 3, 1), true))
            .build(),
        teacher("t2", LocalDate.of(1994, 12, 31)).education(ProfessionalEducation.HIGHER, true)
            .qualificationCategory(QualificationCategory.FIRST).experience(new Experience(5, 0, AS_OF))
            .training(new TrainingRecord(TrainingKind.RETRAINING, "Учитель информатики", 300, LocalDate.of(2020, 1, 1), false))
            .build(),
        teacher("t3", LocalDate.of(1969, 12, 31)).education(ProfessionalEducation.HIGHER, true)
            .qualificationCategory(QualificationCategory.FIRST).experience(new Experience(30, 0, AS_OF))
            .training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, "ФГОС СОО", 72, LocalDate.of(2019, 12, 31), true))
            .build(),
        teacher("t4", LocalDate.of(1970, 1, 1)).education(ProfessionalEducation.HIGHER, false)
            .experience(new Experience(30, 0, AS_OF.minusDays(1))).build(),
        teacher("t5", LocalDate.of(1964, 6, 1)).education(ProfessionalEducation.SECONDARY_VOCATIONAL, true)
            .experience(new Experience(10, 0, AS_OF)).build(),
        teacher("t6", LocalDate.of(1989, 3, 3)).education(ProfessionalEducation.NONE, false)
            .experience(new Experience(2, 0, AS_OF)).build(),
        teacher("t7", LocalDate.of(1980, 1, 1)).leftOn(LocalDate.of(2023, 6, 30)).experience(new Experience(1, 0, AS_OF)).build(),
        teacher("x1", LocalDate.of(1980, 1, 1)).employment(Employment.EXTERNAL_PART_TIME)
            .experience(new Experience(12, 0, AS_OF)).build(),
        teacher("x2", LocalDate.of(1980, 1, 1)).employment(Employment.INTERNAL_PART_TIME)
            .experience(new Experience(12, 0, AS_OF)).build(),
        StaffMember.builder("a1", "заместитель директора по АХР", LocalDate.of(1975, 5, 5), LocalDate.of(2015, 9, 1))
            .category(StaffCategory.ADMINISTRATIVE)
            .training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, "Охрана труда", 40, LocalDate.of(2022, 5, 5), false))
            .build());
  }

  /** 3 computers, 25 copies, 150.5 m² for 10 students; reading room with computers and internet. */
  static Infrastructure infrastructure() {
    return new Infrastructure(AS_OF, 3, 25, true, new ReadingRoom(true, true, false, false, true, false), true,
        new BigDecimal("150.5"));
  }

  static SchoolData data() {
    return SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024))
        .students(students()).marks(marks()).exams(exams()).certificates(certificates()).contests(contests())
        .staff(staff()).infrastructure(infrastructure()).build();
  }

  static SchoolData empty() {
    return SchoolData.builder(ORG, ReportingPeriod.calendarYear(2024)).build();
  }
}
