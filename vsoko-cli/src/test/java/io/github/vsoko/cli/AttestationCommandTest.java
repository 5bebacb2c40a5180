package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttestationCommandTest extends CliTestSupport {
  @TempDir Path dir;
  @Test
  void schoolTotalsAndJson() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--by", "school", "--format", "tsv"))
        .as(err.toString()).isZero();
    assertThat(out.toString().lines()).contains("организация\t10\t6\t2\t1\t0\t1\t1\t90,0\t80,0\t77,1\t4,56");
    out.getBuffer().setLength(0);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--by", "class", "--format", "json",
        "--na-weight", "0")).isZero();
    assertThat(out.toString()).contains("\"group\" : \"4А\"", "\"quality\" : 50.00", "\"sou\" : 76.40");
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--period", "quarter:2"))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--period: нет отметок за четверть 2 2023/2024; в данных:");
  }
}
