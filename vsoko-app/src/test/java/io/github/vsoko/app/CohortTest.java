package io.github.vsoko.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.analytics.attestation.AttestationAnalysis;
import io.github.vsoko.analytics.attestation.AttestationCounts;
import io.github.vsoko.analytics.attestation.AttestationGroup;
import io.github.vsoko.analytics.attestation.AttestationGrouping;
import io.github.vsoko.analytics.attestation.AttestationOptions;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A class followed across years: the demo's 5Б was 4Б the year before, and the cohort says so. */
class CohortTest {
  private static final SchoolData DEMO = DemoSchool.load().data();

  @Test
  void theDemosFifthGradeClassIsFollowedFromItsFourthGrade() {
    List<AttestationGroup> cohort = AttestationAnalysis.cohort(DEMO, ClassName.parse("5Б"), AcademicYear.starting(2024),
        AttestationOptions.defaults());
    assertThat(cohort).extracting(AttestationGroup::key).hasSize(3)
        .first().asString().startsWith("2022/2023 учебный год").endsWith("— 3Б");
    assertThat(cohort.get(1).key()).startsWith("2023/2024 учебный год").endsWith("— 4Б");
    assertThat(cohort.get(2).key()).endsWith("— 5Б");
    // the year before, the cohort's marks are exactly those of 4Б by class
    AttestationCounts fourB = AttestationAnalysis.analyse(DEMO, ReportingPeriod.academicYear(AcademicYear.starting(2023)),
        AttestationGrouping.CLASS, AttestationOptions.defaults()).stream().filter(g -> g.key().equals("4Б")).findFirst()
        .orElseThrow().counts();
    assertThat(cohort.get(1).counts()).isEqualTo(fourB);
    // its ВПР: the works 4Б wrote in spring 2024, and exactly those
    List<io.github.vsoko.analytics.vpr.VprCohortWork> vpr = io.github.vsoko.analytics.vpr.VprCohort.follow(DEMO,
        AttestationAnalysis.cohortMembers(DEMO, ClassName.parse("5Б"), AcademicYear.starting(2024)),
        io.github.vsoko.analytics.vpr.VprScales.bundled());
    assertThat(vpr).isNotEmpty().allSatisfy(w -> {
      assertThat(w.classes()).containsExactly(ClassName.parse("4Б"));
      assertThat(w.work().year()).isEqualTo(2024);
      assertThat(w.counts().participants() + w.counts().absent()).isEqualTo(DEMO.vpr().stream().filter(r -> r.year() == 2024
          && r.subject().equals(w.work().subject()) && r.grade().equals(w.work().grade())
          && r.className().filter(ClassName.parse("4Б")::equals).isPresent()).count());
    });
  }
}
