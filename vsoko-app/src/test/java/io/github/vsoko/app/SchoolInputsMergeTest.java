package io.github.vsoko.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.ReportingPeriod;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several vsoko/1 documents of one school given together are merged by identity, earlier years kept as history. */
class SchoolInputsMergeTest {
  @TempDir Path dir;

  @Test
  void documentsOfTwoYearsAreOneSchoolWithItsHistory() throws Exception {
    Organization org = Organization.of("s", "Школа", "Школа", OrganizationKind.GENERAL);
    Path a = dir.resolve("2023.json");
    Path b = dir.resolve("2024.json");
    CanonicalJson.write(SchoolData.builder(org, ReportingPeriod.calendarYear(2023))
        .student(Student.of("s1", ClassName.parse("4А"), LocalDate.of(2019, 9, 1))).build(), a);
    CanonicalJson.write(SchoolData.builder(org, ReportingPeriod.calendarYear(2024))
        .student(Student.of("s1", ClassName.parse("5А"), LocalDate.of(2019, 9, 1))).build(), b);
    SchoolData merged = SchoolInputs.load(List.of(b, a), InputOptions.defaults(Clock.systemUTC())).data();
    assertThat(merged.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
    assertThat(merged.classOf("s1", LocalDate.of(2024, 3, 1))).contains(ClassName.parse("4А"));
    assertThat(merged.classOf("s1", LocalDate.of(2024, 10, 1))).contains(ClassName.parse("5А"));
  }
}
