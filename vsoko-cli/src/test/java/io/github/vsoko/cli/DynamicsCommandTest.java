package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vsoko.app.DemoSchool;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamicsCommandTest extends CliTestSupport {
  @TempDir Path dir;

  @Test
  void perYearValuesWithNullsForGaps() throws IOException {
    Path a = dir.resolve("2022.json");
    Path b = dir.resolve("2024.json");
    CanonicalJson.write(DemoSchool.load().data().withPeriod(ReportingPeriod.calendarYear(2022)), a);
    CanonicalJson.write(DemoSchool.load().data(), b);
    assertThat(run("dynamics", "--data", a.toString(), "--data", b.toString(), "--years", "2021-2024", "--code", "1.1",
        "--code", "1.5", "--format", "json")).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("years")).hasSize(4);
    JsonNode v = json.get("indicators").get(0).get("values");
    assertThat(v.get("2021").isNull()).isTrue();
    // 2023 has no document of its own, but the 2024 document's class history holds 2022/2023: the roll of that year
    assertThat(v.get("2023").asLong()).isEqualTo(706);
    assertThat(json.get("fromHistoryOf").get("2023").asInt()).isEqualTo(2024);
    assertThat(v.get("2024").asLong()).isEqualTo(697);
    assertThat(json.get("indicators").get(1).get("values").get("2022").isNull()).as("no marks of 2021/2022: a gap").isTrue();
    out.getBuffer().setLength(0);
    assertThat(run("dynamics", "--data", b.toString(), "--code", "9.9")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("нет показателя «9.9»");
    assertThat(run("dynamics", "--data", b.toString(), "--years", "2024-2020")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--years: ожидается «ГГГГ-ГГГГ»");
  }
}
