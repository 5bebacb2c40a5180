package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GiaCommandTest extends CliTestSupport {
  @TempDir Path dir;

  @Test
  void giaByExamFormSubjectAndLevel() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--format", "tsv")).as(err.toString()).isZero();
    assertThat(out.toString().lines()).contains("ГИА-11\tЕГЭ\tРусский язык\t\t5\t40,60\t26,80\t\t24\t2\t0\t0\t0\t0",
        "ГИА-11\tЕГЭ\tМатематика\tбазовый\t2\t—\t—\t«2»: 1, «4»: 1\t—\t0\t0\t0\t0\t2");
    out.getBuffer().setLength(0);
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--purpose", "admission", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"minimum\" : 36", "\"belowMinimum\" : 3");
    assertThat(run("gia", "--data", data.toString(), "--year", "2024", "--purpose", "vuz")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--purpose: certificate, admission или ministry, получено «vuz»");
  }
}
