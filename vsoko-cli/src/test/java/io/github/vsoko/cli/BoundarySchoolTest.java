package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.Employment;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamPeriod;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StaffCategory;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.TrainingKind;
import io.github.vsoko.model.school.TrainingRecord;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vsoko evaluate} of a school built to sit on every boundary of order № 1324, appendix 2, against values
 * computed by hand from the order's words (as of 31.12.2024, the calendar year 2024).
 *
 * <p>Staff. «в возрасте до 30 лет» (1.31) is under 30; «от 55 лет» (1.32) is 55 and over; «до 5 лет» (1.30.1) is under
 * five years of service; «свыше 30 лет» (1.30.2) is more than thirty years. Pedagogical workers (1.24): b1–b4 (main
 * job) and b5 (internal part-timer, a worker of the school, counted once); b6 (external part-timer) is not. The base
 * of 1.33 and 1.34 adds the administrative worker a1: 6.
 * <ul>
 *   <li>b1 born 31.12.1994 — exactly 30 on 31.12.2024, not «до 30»; service exactly 5 years — not «до 5 лет»;
 *       professional retraining (переподготовка) «по ФГОС» in 2023 — in 1.33, not in 1.34 (not «повышение квалификации»);
 *   <li>b2 born 01.01.1995 — 29, «до 30»; service 4 years 11 months — «до 5 лет»; ПК по ФГОС on 31.12.2019 — in 1.34
 *       (the order names no window), outside 1.33's five years (01.01.2020–31.12.2024);
 *   <li>b3 born 31.12.1969 — exactly 55, «от 55 лет»; service exactly 30 years — not «свыше 30»; ПК (not ФГОС) on
 *       01.01.2020 — inside 1.33's window;
 *   <li>b4 born 01.01.1970 — 54; service 30 years and a day — «свыше 30 лет»;
 *   <li>b5 internal part-timer, 12 years, 44 years old; b6 external part-timer, 2 years (would be «до 5 лет»);
 *   <li>a1 administrative, ПК по ФГОС in 2024 — in 1.33 and 1.34.
 * </ul>
 * 1.24 = 5; 1.30.1 = 1 (b2) of 5; 1.30.2 = 1 (b4); 1.31 = 1 (b2); 1.32 = 1 (b3); 1.33 = 3 (b1, b3, a1) of 6;
 * 1.34 = 2 (b2, a1) of 6. With internal part-timers excluded: 1.24 = 4, 1.33 = 3 of 5.
 *
 * <p>ГИА-9 (graduates g1–g3 of 9А, left 30.06.2024). The result that stands is the last attempt of the year
 * (Порядок ГИА), also when worse: g1 Russian 2 then 4 in the reserve days → 4; g2 Russian 3; g3 Russian 2 then 2 →
 * unsatisfactory; mathematics 4, 3, 5. 1.6 = (4 + 3 + 2) / 3 = 3; 1.7 = (4 + 3 + 5) / 3 = 4; 1.10 = 1 (g3) of 3;
 * 1.11 = 0 of 3; g3 has no certificate: 1.14 = 1 of 3.
 *
 * <p>ЕГЭ (graduates e1–e3 of 11А). e1 Russian 40, then 30 in the reserve days (worse, stands) — with the policy
 * «BEST» 40; profile mathematics 70. e2 Russian 20 (below 24), then 50; base mathematics «4». e3 Russian exactly 24
 * (the minimum for the certificate is met: not «ниже установленного минимального»), profile mathematics 26 (below
 * 27), no base level. 1.8 = (30 + 50 + 24) / 3 = 34.6667 (BEST: (40 + 50 + 24) / 3 = 38); 1.9 = (70 + 26) / 2 = 48;
 * 1.12 = 0 of 3; 1.13 = 1 (e3: no level passed) of 3; every 11th-grade certificate issued, e1 with honours: 1.15 = 0,
 * 1.17 = 1 of 3.
 *
 * <p>Olympiads of 2024 (students on the roll c1–c4): c1 participant at the school stage, winner at the municipal,
 * prize-winner at the regional; c2 winner at the federal; c3 participant; c4 nothing. 1.18 = 3 persons of 4; 1.19 =
 * 2 (c1, c2); 1.19.1 (regional) = 1 (c1); 1.19.2 (federal) = 1 (c2); 1.19.3 (international) = 0. Marks of 2023/24:
 * c1 all «5», c2 «4» and «5», c3 a «3», c4 (first grade) none: 1.5 = 2 of 4 (the base is every student, 1.1).
 */
class BoundarySchoolTest extends CliTestSupport {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final ReportingPeriod YEAR = ReportingPeriod.calendarYear(2024);

  @TempDir Path dir;
  private Path data;

  private static StaffMember.Builder teacher(String id, LocalDate born, Experience service) {
    return StaffMember.builder(id, "учитель", born, LocalDate.of(2015, 9, 1)).experience(service);
  }

  static SchoolData school() {
    List<StaffMember> staff = List.of(
        teacher("b1", LocalDate.of(1994, 12, 31), new Experience(5, 0, AS_OF))
            .training(new TrainingRecord(TrainingKind.RETRAINING, "Педагогика по ФГОС ООО", 520, LocalDate.of(2023, 6, 1), true))
            .build(),
        teacher("b2", LocalDate.of(1995, 1, 1), new Experience(4, 11, AS_OF))
            .training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, "ФГОС ООО", 36, LocalDate.of(2019, 12, 31), true))
            .build(),
        teacher("b3", LocalDate.of(1969, 12, 31), new Experience(30, 0, AS_OF))
            .training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, "Оказание первой помощи", 16,
                LocalDate.of(2020, 1, 1), false))
            .build(),
        teacher("b4", LocalDate.of(1970, 1, 1), new Experience(30, 0, AS_OF.minusDays(1))).build(),
        teacher("b5", LocalDate.of(1980, 5, 5), new Experience(12, 0, AS_OF)).employment(Employment.INTERNAL_PART_TIME).build(),
        teacher("b6", LocalDate.of(1990, 5, 5), new Experience(2, 0, AS_OF)).employment(Employment.EXTERNAL_PART_TIME).build(),
        StaffMember.builder("a1", "заместитель директора по АХР", LocalDate.of(1975, 5, 5), LocalDate.of(2015, 9, 1))
            .category(StaffCategory.ADMINISTRATIVE)
            .training(new TrainingRecord(TrainingKind.PROFESSIONAL_DEVELOPMENT, "ФГОС СОО", 72, LocalDate.of(2024, 3, 1), true))
            .build());
    List<Student> students = new ArrayList<>();
    LocalDate left = LocalDate.of(2024, 6, 30);
    for (String id : List.of("g1", "g2", "g3")) {
      students.add(new Student(id, ClassName.parse("9А"), LocalDate.of(2015, 9, 1), Optional.of(left), java.util.Set.of()));
    }
    for (String id : List.of("e1", "e2", "e3")) {
      students.add(new Student(id, ClassName.parse("11А"), LocalDate.of(2013, 9, 1), Optional.of(left), java.util.Set.of()));
    }
    students.add(Student.of("c1", ClassName.parse("7А"), LocalDate.of(2018, 9, 1)));
    students.add(Student.of("c2", ClassName.parse("8А"), LocalDate.of(2017, 9, 1)));
    students.add(Student.of("c3", ClassName.parse("6А"), LocalDate.of(2019, 9, 1)));
    students.add(Student.of("c4", ClassName.parse("1А"), LocalDate.of(2024, 9, 1)));
    ReportingPeriod year2324 = ReportingPeriod.academicYear(AcademicYear.starting(2023));
    List<AttestationMark> marks = List.of(
        new AttestationMark("c1", SchoolSubject.RUSSIAN, year2324, MarkValue.FIVE),
        new AttestationMark("c1", SchoolSubject.MATHEMATICS, year2324, MarkValue.FIVE),
        new AttestationMark("c2", SchoolSubject.RUSSIAN, year2324, MarkValue.FOUR),
        new AttestationMark("c2", SchoolSubject.MATHEMATICS, year2324, MarkValue.FIVE),
        new AttestationMark("c3", SchoolSubject.RUSSIAN, year2324, MarkValue.THREE),
        new AttestationMark("c3", SchoolSubject.MATHEMATICS, year2324, MarkValue.FOUR));
    List<ExamResult> exams = List.of(
        oge("g1", SchoolSubject.RUSSIAN, ExamPeriod.MAIN, 2), oge("g1", SchoolSubject.RUSSIAN, ExamPeriod.RESERVE, 4),
        oge("g2", SchoolSubject.RUSSIAN, ExamPeriod.MAIN, 3),
        oge("g3", SchoolSubject.RUSSIAN, ExamPeriod.MAIN, 2), oge("g3", SchoolSubject.RUSSIAN, ExamPeriod.RESERVE, 2),
        oge("g1", SchoolSubject.MATHEMATICS, ExamPeriod.MAIN, 4), oge("g2", SchoolSubject.MATHEMATICS, ExamPeriod.MAIN, 3),
        oge("g3", SchoolSubject.MATHEMATICS, ExamPeriod.MAIN, 5),
        ege("e1", SchoolSubject.RUSSIAN, Optional.empty(), ExamPeriod.MAIN, 40),
        ege("e1", SchoolSubject.RUSSIAN, Optional.empty(), ExamPeriod.RESERVE, 30),
        ege("e1", SchoolSubject.MATHEMATICS, Optional.of(ExamLevel.PROFILE), ExamPeriod.MAIN, 70),
        ege("e2", SchoolSubject.RUSSIAN, Optional.empty(), ExamPeriod.MAIN, 20),
        ege("e2", SchoolSubject.RUSSIAN, Optional.empty(), ExamPeriod.RESERVE, 50),
        new ExamResult("e2", StateExam.GIA_11, ExamForm.EGE, SchoolSubject.MATHEMATICS, Optional.of(ExamLevel.BASE),
            OptionalInt.empty(), OptionalInt.empty(), Optional.of(MarkValue.FOUR), 2024, ExamPeriod.MAIN),
        ege("e3", SchoolSubject.RUSSIAN, Optional.empty(), ExamPeriod.MAIN, 24),
        ege("e3", SchoolSubject.MATHEMATICS, Optional.of(ExamLevel.PROFILE), ExamPeriod.MAIN, 26));
    List<Certificate> certificates = List.of(
        new Certificate("g1", EducationLevel.BASIC, 2024, CertificateStatus.ISSUED),
        new Certificate("g2", EducationLevel.BASIC, 2024, CertificateStatus.ISSUED),
        new Certificate("g3", EducationLevel.BASIC, 2024, CertificateStatus.NOT_ISSUED),
        new Certificate("e1", EducationLevel.SECONDARY, 2024, CertificateStatus.ISSUED_WITH_HONOURS),
        new Certificate("e2", EducationLevel.SECONDARY, 2024, CertificateStatus.ISSUED),
        new Certificate("e3", EducationLevel.SECONDARY, 2024, CertificateStatus.ISSUED));
    List<ContestResult> contests = List.of(
        contest("c1", ContestLevel.SCHOOL, ContestStatus.PARTICIPANT), contest("c1", ContestLevel.MUNICIPAL, ContestStatus.WINNER),
        contest("c1", ContestLevel.REGIONAL, ContestStatus.PRIZE_WINNER), contest("c2", ContestLevel.FEDERAL, ContestStatus.WINNER),
        contest("c3", ContestLevel.SCHOOL, ContestStatus.PARTICIPANT));
    return SchoolData.builder(Organization.of("b", "МБОУ СОШ № 1324", "МБОУ СОШ № 1324", OrganizationKind.GENERAL), YEAR)
        .students(students).staff(staff).marks(marks).exams(exams).certificates(certificates).contests(contests).build();
  }

  private static ExamResult oge(String id, SchoolSubject subject, ExamPeriod period, int mark) {
    return new ExamResult(id, StateExam.GIA_9, ExamForm.OGE, subject, Optional.empty(), OptionalInt.of(mark * 5),
        OptionalInt.empty(), Optional.of(MarkValue.of(mark)), 2024, period);
  }

  private static ExamResult ege(String id, SchoolSubject subject, Optional<ExamLevel> level, ExamPeriod period, int score) {
    return new ExamResult(id, StateExam.GIA_11, ExamForm.EGE, subject, level, OptionalInt.of(score / 2), OptionalInt.of(score),
        Optional.empty(), 2024, period);
  }

  private static ContestResult contest(String id, ContestLevel level, ContestStatus status) {
    return new ContestResult(id, "Всероссийская олимпиада школьников", Optional.of(SchoolSubject.MATHEMATICS), level, status,
        LocalDate.of(2024, 11, 20));
  }

  @BeforeEach
  void writeTheSchool() throws IOException {
    data = dir.resolve("school.json");
    Files.writeString(data, CanonicalJson.write(school()), StandardCharsets.UTF_8);
  }

  private Map<String, JsonNode> evaluate(String... policies) throws IOException {
    List<String> args = new ArrayList<>(List.of("evaluate", "--data", data.toString(), "--format", "json"));
    for (String p : policies) {
      args.add("--policy");
      args.add(p);
    }
    out.getBuffer().setLength(0);
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    new ObjectMapper().readTree(out.toString()).get("results").forEach(r -> values.put(r.get("code").asText(), r));
    return values;
  }

  private static String value(Map<String, JsonNode> results, String code) {
    JsonNode v = results.get(code).get("value");
    return switch (v.get("type").asText()) {
      case "count" -> v.get("count").asText();
      case "share" -> v.get("numerator").asText() + "/" + v.get("denominator").asText();
      case "mean" -> v.get("mean").asText();
      default -> v.toString();
    };
  }

  @Test
  void everyBoundaryMatchesTheHandComputation() throws IOException {
    Map<String, JsonNode> r = evaluate();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("1.1", "4");
    expected.put("1.5", "2/4");
    expected.put("1.6", "3");
    expected.put("1.7", "4");
    expected.put("1.8", "34.6667");
    expected.put("1.9", "48");
    expected.put("1.10", "1/3");
    expected.put("1.11", "0/3");
    expected.put("1.12", "0/3");
    expected.put("1.13", "1/3");
    expected.put("1.14", "1/3");
    expected.put("1.15", "0/3");
    expected.put("1.17", "1/3");
    expected.put("1.18", "3/4");
    expected.put("1.19", "2/4");
    expected.put("1.19.1", "1/4");
    expected.put("1.19.2", "1/4");
    expected.put("1.19.3", "0/4");
    expected.put("1.24", "5");
    expected.put("1.30.1", "1/5");
    expected.put("1.30.2", "1/5");
    expected.put("1.31", "1/5");
    expected.put("1.32", "1/5");
    expected.put("1.33", "3/6");
    expected.put("1.34", "2/6");
    Map<String, String> actual = new LinkedHashMap<>();
    expected.keySet().forEach(code -> actual.put(code, value(r, code)));
    assertThat(actual).isEqualTo(expected);
    assertThat(r.get("1.24").get("explanation").asText()).contains("внутренние совместители учтены: 1", "внешние не учтены");
    assertThat(r.get("1.8").get("policies").get("order1324.gia-retake-reading").asText()).isEqualTo("LATEST");
  }

  @Test
  void theSelectableReadingsChangeWhatTheyName() throws IOException {
    Map<String, JsonNode> best = evaluate("order1324.gia-retake-reading=BEST");
    assertThat(value(best, "1.8")).isEqualTo("38");
    assertThat(value(best, "1.10")).as("g3 failed both attempts").isEqualTo("1/3");
    Map<String, JsonNode> excluded = evaluate("order1324.internal-part-time=EXCLUDE");
    assertThat(value(excluded, "1.24")).isEqualTo("4");
    assertThat(value(excluded, "1.33")).isEqualTo("3/5");
    assertThat(excluded.get("1.24").get("explanation").asText()).contains("внутренние совместители не учтены");
    Map<String, JsonNode> external = evaluate("order1324.staff-scope=INCLUDE_EXTERNAL");
    assertThat(value(external, "1.24")).isEqualTo("6");
    assertThat(value(external, "1.30.1")).as("b6 has 2 years").isEqualTo("2/6");
  }
}
