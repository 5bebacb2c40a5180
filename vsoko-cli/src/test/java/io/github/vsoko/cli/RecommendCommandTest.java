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
