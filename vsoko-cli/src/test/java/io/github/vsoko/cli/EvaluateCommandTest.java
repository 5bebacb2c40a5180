package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest extends CliTestSupport {
  @TempDir Path dir;
  private Path school() throws IOException {
    List<Student> students = List.of(
        Student.of("s1", ClassName.parse("1А"), LocalDate.of(2024, 9, 1)),
        Student.of("s2", ClassName.parse("5А"), LocalDate.of(2020, 9, 1)).withFlags(Set.of(StudentFlag.ADVANCED_STUDY)),
        Student.of("s3", ClassName.parse("10А"), LocalDate.of(2020, 9, 1)),
        Student.of("s4", ClassName.parse("10Б"), LocalDate.of(2020, 9, 1)));
    SchoolData data = SchoolData.builder(Organization.of("sch", "МБОУ СОШ № 7", "МБОУ СОШ № 7", OrganizationKind.GENERAL),
        ReportingPeriod.calendarYear(2024)).students(students).build();
    Path file = dir.resolve("school.json");
    Files.writeString(file, CanonicalJson.write(data), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsATableOfTheSetForTheOrganizationsKind() throws IOException {
    assertThat(run("evaluate", "--data", school().toString())).isZero();
    assertThat(out.toString())
        .startsWith("Показатели деятельности общеобразовательной организации, подлежащей самообследованию\n"
            + "МБОУ СОШ № 7, 2024 год (по состоянию на 31.12.2024)\n"
            + "код     значение          показатель")
        .contains("\n1.1     4                 Общая численность учащихся")
        .contains("\n1.20    1 человек / 25 %  ")
        .contains("\n2.1     нет данных");
  }

  @Test
  void writesDeterministicJsonAndTsv() throws IOException {
    Path file = school();
    assertThat(run("evaluate", "--data", file.toString(), "--format", "json")).isZero();
    String first = out.toString();
    assertThat(first).contains("\"code\" : \"1.20\"", "\"numerator\" : 1", "\"denominator\" : 4", "\"percent\" : \"25\"",
        "\"text\" : \"1 человек / 25 %\"", "\"explanation\" : \"1.20 = 1 из 4 учащихся = 25 %\"");
    out.getBuffer().setLength(0);
    run("evaluate", "--data", file.toString(), "--format", "json");
    assertThat(out.toString()).isEqualTo(first);
    out.getBuffer().setLength(0);
    assertThat(run("evaluate", "--data", file.toString(), "--format", "tsv")).isZero();
    assertThat(out.toString().lines()).startsWith("код\tзначение\tпоказатель\tединица\tпояснение").contains(
        "1.4\t2\tЧисленность учащихся по образовательной программе среднего общего образования\tчеловек\t1.4 = 2 учащихся (СОО)");
  }

  @Test
  void takesPoliciesYearsAndDeclarativeSets() throws IOException {
    Path file = school();
    Path yaml = dir.resolve("acme.yaml");
    Files.writeString(yaml, """
        set: acme.region
        title: Региональные показатели
        source: {document: Приказ № 1}
        indicators:
          - code: "1"
            title: Старшие классы
            unit: человек
            count: {records: students, where: {level: SECONDARY}}
        """, StandardCharsets.UTF_8);
    assertThat(run("evaluate", "--data", file.toString(), "--definitions", yaml.toString(), "--set", "acme.region",
        "--format", "tsv")).isZero();
    assertThat(out.toString()).contains("1\t2\tСтаршие классы\tчеловек\t1 = 2 учащихся");
    out.getBuffer().setLength(0);
    assertThat(run("evaluate", "--data", file.toString(), "--year", "2023", "--format", "tsv")).isZero();
    assertThat(out.toString()).contains("1.1\t3\tОбщая численность учащихся\tчеловек\t");
    assertThat(run("evaluate", "--data", file.toString(), "--policy", "order1324.contest-counting=SOMETIMES"))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("ожидается одно из [PERSONS, PARTICIPATIONS], получено «SOMETIMES»");
  }

  @Test
  void unreadableDataIsADataProblemOnOneLine() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"vsoko/1\", \"students\": [ {\"id\": 1,", StandardCharsets.UTF_8);
    assertThat(run("evaluate", "--data", bad.toString())).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString().strip().lines()).singleElement()
        .satisfies(l -> assertThat(l).startsWith("vsoko: " + bad + ", строка 1"));
    assertThat(run("evaluate", "--data", dir.resolve("none.json").toString())).isEqualTo(VsokoCli.EXIT_USAGE);
  }
}
