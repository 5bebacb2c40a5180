package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.testkit.SchoolDataArbitraries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  private static SchoolData read(String json) {
    return CanonicalJson.read("school.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static SchoolData small() {
    Student s = Student.of("s1", ClassName.parse("5А"), LocalDate.of(2020, 9, 1)).withFlags(Set.of(StudentFlag.SPECIAL_NEEDS));
    return SchoolData.builder(Organization.of("sch1", "МБОУ СОШ № 1", "МБОУ СОШ № 1", OrganizationKind.GENERAL)
            .withFisOkoLogin("edu223017"), ReportingPeriod.calendarYear(2024))
        .students(List.of(s))
        .marks(List.of(new AttestationMark("s1", SchoolSubject.MATHEMATICS,
            ReportingPeriod.academicYear(AcademicYear.starting(2023)), MarkValue.NOT_ATTESTED)))
        .build();
  }

  @Test
  void writesRussianConventionsAndReadsThemBack() {
    String json = CanonicalJson.write(small());
    assertThat(json).startsWith("{\n  \"format\" : \"vsoko/1\",")
        .contains("\"className\" : \"5А\"", "\"subject\" : \"Математика\"", "\"value\" : \"н/а\"",
            "\"enrolledOn\" : \"2020-09-01\"", "\"fisOkoLogin\" : \"edu223017\"", "\"flags\" : [ \"SPECIAL_NEEDS\" ]");
    assertThat(read(json)).isEqualTo(small());
  }

  @Test
  void roundTripsRichGeneratedDataByteForByte() {
    for (long seed = 0; seed < 40; seed++) {
      SchoolData data = SchoolDataArbitraries.generate("a", 2024, new Random(seed));
      String json = CanonicalJson.write(data);
      SchoolData back = read(json);
      assertThat(back).as("seed %d", seed).isEqualTo(data);
      assertThat(CanonicalJson.write(back)).isEqualTo(json);
    }
  }

  @Test
  void listsMayBeLeftOut() {
    SchoolData d = read("""
        {"format": "vsoko/1",
         "organization": {"id": "o", "shortName": "Школа", "fullName": "Школа", "kind": "GENERAL"},
         "period": {"kind": "CALENDAR_YEAR", "number": 1, "start": "2024-01-01", "end": "2024-12-31", "asOfDate": "2024-12-31"}}
        """);
    assertThat(d.students()).isEmpty();
    assertThat(d.organization().inn()).isEmpty();
  }

  @Test
  void badInputNamesTheFileLineColumnAndPath() {
    String head = "{\"format\": \"vsoko/1\", \"organization\": {\"id\": \"o\", \"shortName\": \"Ш\", \"fullName\": \"Ш\", "
        + "\"kind\": \"GENERAL\"}, \"period\": {\"kind\": \"CALENDAR_YEAR\", \"number\": 1, \"start\": \"2024-01-01\", "
        + "\"end\": \"2024-12-31\", \"asOfDate\": \"2024-12-31\"},\n";
    assertThatThrownBy(() -> read(head + "\"students\": [{\"id\": \"s1\", \"className\": \"13А\", \"enrolledOn\": \"2020-09-01\"}]}"))
        .isInstanceOf(io.github.vsoko.model.problem.ProblemException.class)
        .hasMessageStartingWith("school.json, строка 2")
        .hasMessageContaining("students[0].className")
        .hasMessageContaining("«13А»");
    assertThatThrownBy(() -> read(head + "\"pupils\": []}"))
        .hasMessageContaining("school.json, строка 2").hasMessageContaining("pupils");
    assertThatThrownBy(() -> read(head.replace("vsoko/1", "vsoko/9") + "\"students\": []}"))
        .hasMessage("school.json, поле «format»: ожидается «format»: «vsoko/1», получено «vsoko/9»");
    assertThatThrownBy(() -> read(head + "\"marks\": [{\"studentId\": \"ghost\", \"subject\": \"Математика\", "
            + "\"period\": {\"kind\": \"ACADEMIC_YEAR\", \"number\": 1, \"start\": \"2023-09-01\", \"end\": \"2024-08-31\", "
            + "\"asOfDate\": \"2024-08-31\"}, \"value\": \"5\"}]}"))
        .hasMessage("school.json, поле «marks[0]»: ссылка на обучающегося «ghost», которого нет среди обучающихся");
    assertThatThrownBy(() -> read(head + "\"marks\": [{\"studentId\": \"s\", \"subject\": \"Математика\", "
            + "\"period\": {\"kind\": \"ACADEMIC_YEAR\", \"number\": 1, \"start\": \"2023-09-01\", \"end\": \"2024-08-31\", "
            + "\"asOfDate\": \"2024-08-31\"}, \"value\": \"6\"}]}"))
        .hasMessageContaining("marks[0].value").hasMessageContaining("was «6»");
    assertThatThrownBy(() -> read("{\"format\": "))
        .isInstanceOf(io.github.vsoko.model.problem.ProblemException.class).hasMessageStartingWith("school.json, строка 1");
  }
}
