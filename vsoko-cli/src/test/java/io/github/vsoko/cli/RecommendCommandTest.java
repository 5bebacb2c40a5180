package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.management.Recommendation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest extends CliTestSupport {
  @TempDir Path dir;

  @Test
  void findingsBecomeRecommendationsThatTheReportRenders() throws IOException {
    Path data = dir.resolve("sch1.json");
    CanonicalJson.write(SmallSchool.data(), data);
    Path vprFile = SharedFiles.find(Path.of("data", "fisoko-vpr", "2022", "5", "Математика.xlsx"));
    Path vprData = dir.resolve("edu.json");
    assertThat(run("import", "--in", vprFile.toString(), "--out", vprData.toString())).isZero();
    Path recs = dir.resolve("recs.yaml");
    assertThat(run("recommend", "--data", data.toString(), "--data", vprData.toString(), "--academic-year", "2023/2024",
        "--vpr", vprFile.toString(), "--scale", "5,10,15,20", "--on", "01.10.2024", "--out", recs.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("МБОУ СОШ № 1 — дефицитов: 1 (высокая: 1, средняя: 0, низкая: 0) — нужны адресные рекомендации",
        "[высокая] МБОУ СОШ № 1: успеваемость 90 % ниже 95 %");
    assertThat(out.toString()).contains("edu223017 — дефицитов:");
    List<Recommendation> read;
    try (InputStream in = Files.newInputStream(recs)) {
      read = CanonicalYaml.readRecommendations(recs.toString(), in);
    }
    assertThat(read).extracting(Recommendation::id).contains("attestation-progress-low@sch1");
    assertThat(run("report", "recommendations", "--recommendations", recs.toString(), "--academic-year", "2024/2025", "--format",
        "md", "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("recommendations.md"))).contains("МБОУ СОШ № 1<br>Руководители ОО",
        "Разработать четкую последовательность работы с неуспешными детьми");
  }

  /**
   * Three copies of the small school: sch2 has one more annual «3» (физика, s2), so its quality is lower than sch1's; sch3
   * is alone in its group.
   */
  @Test
  void schoolsComparedWithinComparableGroups() throws IOException {
    var base = SmallSchool.data();
    var year = io.github.vsoko.model.time.ReportingPeriod.academicYear(io.github.vsoko.model.time.AcademicYear.starting(2023));
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Path c = dir.resolve("c.json");
    CanonicalJson.write(base, a);
    CanonicalJson.write(base.withOrganization(io.github.vsoko.model.organization.Organization.of("sch2", "МБОУ СОШ № 2", "МБОУ СОШ № 2",
        io.github.vsoko.model.organization.OrganizationKind.GENERAL)).toBuilder().marks(List.of(
            new io.github.vsoko.model.school.AttestationMark("s2", io.github.vsoko.model.school.SchoolSubject.PHYSICS, year,
                io.github.vsoko.model.school.MarkValue.THREE))).build(), b);
    CanonicalJson.write(base.withOrganization(io.github.vsoko.model.organization.Organization.of("sch3", "МКОУ ООШ с. Лесное",
        "МКОУ ООШ с. Лесное", io.github.vsoko.model.organization.OrganizationKind.GENERAL)), c);
    Path groups = Files.writeString(dir.resolve("groups.csv"), "Идентификатор;Группа\nsch1;город\nsch2;город\nsch3;село\n");
    assertThat(run("recommend", "--data", a.toString(), "--data", b.toString(), "--data", c.toString(), "--academic-year",
        "2023/2024", "--groups", groups.toString(), "--compare", "attestation.quality,vpr.confirmed")).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    int at = lines.indexOf("Сравнение в сопоставимых группах: attestation.quality");
    assertThat(at).isPositive();
    // aligned columns: split on two or more spaces
    assertThat(lines.get(at + 1).split(" {2,}")).containsExactly("группа", "школа", "значение", "среднее группы", "отклонение",
        "место", "школ в группе");
    assertThat(lines.get(at + 2).split(" {2,}")).startsWith("город", "МБОУ СОШ № 1").endsWith("1", "2");
    assertThat(lines.get(at + 3).split(" {2,}")).startsWith("город", "МБОУ СОШ № 2").endsWith("2", "2");
    assertThat(lines.get(at + 4).split(" {2,}")).startsWith("село", "МКОУ ООШ с. Лесное").endsWith("0,00", "1", "1");
    assertThat(lines).contains("Сравнение в сопоставимых группах: vpr.confirmed — нет значений ни у одной школы");
    Files.writeString(groups, "Идентификатор;Группа\nsch1;город\nsch1;село\n");
    assertThat(run("recommend", "--data", a.toString(), "--groups", groups.toString())).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("groups.csv", "строка 3", "школа «sch1» уже отнесена к группе «город»");
  }

  @Test
  void customRulesAndTheirErrors() throws IOException {
    Path data = dir.resolve("sch1.json");
    CanonicalJson.write(SmallSchool.data(), data);
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, "format: vsoko-rules/1\nrules:\n  - id: x\n    metric: order1324.general/1.5\n    below: abc\n");
    assertThat(run("recommend", "--data", data.toString(), "--rules", rules.toString())).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains(rules + ", правило 1 («x»): поле «below»: ожидается число, получено «abc»");
  }
}
