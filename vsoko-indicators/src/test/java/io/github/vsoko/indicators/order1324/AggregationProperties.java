package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.AggregationRule;
import io.github.vsoko.indicators.Aggregation;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorResult;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.CertificateStatus;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ContestLevel;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.ContestStatus;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.ProfessionalEducation;
import io.github.vsoko.model.school.QualificationCategory;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Aggregating the values of two schools equals computing them on the union of their records. */
class AggregationProperties {
  private static final IndicatorSet SET = IndicatorRegistry.discover().requireSet("order1324.general");
  private static final ReportingPeriod YEAR = ReportingPeriod.calendarYear(2024);

  @Property(tries = 60)
  void aggregateOfTwoSchoolsEqualsComputationOnTheirUnion(@ForAll long seedA, @ForAll long seedB) {
    School a = school("a", new Random(seedA));
    School b = school("b", new Random(seedB));
    SchoolData union = a.build(Organization.of("ab", "AB", "AB", OrganizationKind.GENERAL), b);
    EvaluationResult ra = IndicatorEvaluator.evaluate(SET, a.build(Organization.of("a", "A", "A", OrganizationKind.GENERAL), null));
    EvaluationResult rb = IndicatorEvaluator.evaluate(SET, b.build(Organization.of("b", "B", "B", OrganizationKind.GENERAL), null));
    EvaluationResult aggregate = Aggregation.aggregate(SET, "ab", YEAR, List.of(ra, rb));
    EvaluationResult direct = IndicatorEvaluator.evaluate(SET, union);
    for (IndicatorResult r : direct.results()) {
      AggregationRule rule = r.definition().aggregation();
      if (rule == AggregationRule.COUNT_YES || rule == AggregationRule.NONE) {
        continue;
      }
      String code = r.definition().code();
      if (ra.value(code).orElseThrow() instanceof io.github.vsoko.indicators.Missing
          || rb.value(code).orElseThrow() instanceof io.github.vsoko.indicators.Missing) {
        // a school without the data makes the aggregate «нет данных» (the documented rule), whatever the union gives
        assertThat(aggregate.value(code)).as(code).get().isInstanceOf(io.github.vsoko.indicators.Missing.class);
        continue;
      }
      assertThat(aggregate.value(code)).as(code).contains(r.value());
    }
  }

  @Property(tries = 60)
  void sharesOfPersonsStayWithinZeroAndHundredPercent(@ForAll long seed) {
    EvaluationResult r = IndicatorEvaluator.evaluate(SET,
        school("a", new Random(seed)).build(Organization.of("a", "A", "A", OrganizationKind.GENERAL), null));
    assertThat(r.results()).map(IndicatorResult::value).filteredOn(v -> v instanceof Share)
        .allSatisfy(v -> assertThat(((Share) v).numerator()).isLessThanOrEqualTo(((Share) v).denominator()));
  }

  private record School(List<Student> students, List<StaffMember> staff, List<ContestResult> contests,
      List<Certificate> certificates, List<ExamResult> exams, Infrastructure infrastructure) {
    SchoolData build(Organization org, School other) {
      SchoolData.Builder b = SchoolData.builder(org, YEAR).students(students).staff(staff).contests(contests)
          .certificates(certificates).exams(exams);
      if (other == null) {
        return b.infrastructure(infrastructure).build();
      }
      Infrastructure o = other.infrastructure;
      return b.students(other.students).staff(other.staff).contests(other.contests).certificates(other.certificates)
          .exams(other.exams)
          .infrastructure(new Infrastructure(infrastructure.asOf(), infrastructure.computersInEducation() + o.computersInEducation(),
              infrastructure.educationalLiterature() + o.educationalLiterature(), true, ReadingRoom.none(), true,
              infrastructure.educationalArea().add(o.educationalArea())))
          .build();
    }
  }

  private static School school(String prefix, Random random) {
    List<Student> students = new ArrayList<>();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      Set<StudentFlag> flags = EnumSet.noneOf(StudentFlag.class);
      for (StudentFlag f : StudentFlag.values()) {
        if (random.nextInt(4) == 0) {
          flags.add(f);
        }
      }
      Student s = new Student(prefix + "-s" + i, new ClassName(Grade.of(1 + random.nextInt(11)), "А"),
          LocalDate.of(2018, 9, 1), random.nextInt(6) == 0 ? Optional.of(LocalDate.of(2024, 6, 30)) : Optional.empty(), flags);
      students.add(s);
    }
    List<StaffMember> staff = new ArrayList<>();
    int m = random.nextInt(12);
    for (int i = 0; i < m; i++) {
      staff.add(StaffMember.builder(prefix + "-t" + i, "учитель", LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1),
              LocalDate.of(2020, 9, 1))
          .education(ProfessionalEducation.values()[random.nextInt(2)], random.nextBoolean())
          .qualificationCategory(QualificationCategory.values()[random.nextInt(3)])
          .experience(new Experience(random.nextInt(40), random.nextInt(12), LocalDate.of(2024, 12, 31)))
          .build());
    }
    List<ContestResult> contests = new ArrayList<>();
    List<Certificate> certificates = new ArrayList<>();
    List<ExamResult> exams = new ArrayList<>();
    for (Student s : students) {
      if (random.nextInt(3) == 0) {
        contests.add(new ContestResult(s.id(), "Олимпиада", Optional.empty(), ContestLevel.values()[random.nextInt(5)],
            ContestStatus.values()[random.nextInt(3)], LocalDate.of(2024, 1 + random.nextInt(12), 10)));
      }
      if (s.leftOn().isPresent() && (s.grade().value() == 9 || s.grade().value() == 11)) {
        EducationLevel level = s.grade().value() == 9 ? EducationLevel.BASIC : EducationLevel.SECONDARY;
        certificates.add(new Certificate(s.id(), level, 2024, CertificateStatus.values()[random.nextInt(3)]));
        if (level == EducationLevel.BASIC) {
          exams.add(ExamResult.oge(s.id(), SchoolSubject.RUSSIAN, 2024, random.nextInt(33), 2 + random.nextInt(4)));
        } else {
          exams.add(ExamResult.ege(s.id(), SchoolSubject.RUSSIAN, 2024, random.nextInt(60), random.nextInt(101)));
        }
      }
    }
    Infrastructure infrastructure = new Infrastructure(LocalDate.of(2024, 12, 31), random.nextInt(50), random.nextInt(2000),
        true, ReadingRoom.none(), true, BigDecimal.valueOf(random.nextInt(5000), 1));
    return new School(students, staff, contests, certificates, exams, infrastructure);
  }
}
