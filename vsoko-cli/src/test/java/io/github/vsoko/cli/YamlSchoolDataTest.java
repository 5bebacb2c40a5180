package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** School data in YAML round-trip: {@code import --out x.yaml} writes YAML and every command reads it as it reads JSON. */
class YamlSchoolDataTest extends CliTestSupport {
  @TempDir Path dir;

  @Test
  void importWritesYamlThatEveryCommandReadsAsItReadsJson() throws IOException {
    Path json = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), json);
    Path yaml = dir.resolve("school.yaml");
    assertThat(run("import", "--in", json.toString(), "--out", yaml.toString())).as(err.toString()).isZero();
    String written = Files.readString(yaml, StandardCharsets.UTF_8);
    assertThat(written).startsWith("format: vsoko/1\nkind: school-data\n");
    assertThat(CanonicalYaml.read(yaml)).isEqualTo(SmallSchool.data());
    // YAML in, JSON out: the same document
    Path back = dir.resolve("back.json");
    assertThat(run("import", "--in", yaml.toString(), "--out", back.toString())).as(err.toString()).isZero();
    assertThat(CanonicalJson.read(back)).isEqualTo(SmallSchool.data());
    for (String[] command : new String[][] {{"evaluate", "--format", "tsv"}, {"gia", "--year", "2024", "--format", "tsv"},
        {"attestation", "--academic-year", "2023/2024", "--format", "tsv"}, {"recommend", "--format", "md"}}) {
      String fromJson = output(command, json);
      String fromYaml = output(command, yaml);
      assertThat(fromYaml).as(command[0]).isNotBlank().isEqualTo(fromJson);
    }
  }

  /** A YAML file with a mistake is located like a JSON one: file, line, field. */
  @Test
  void aMistakeInYamlNamesTheLine() throws IOException {
    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, CanonicalYaml.write(SmallSchool.data()).replaceFirst("organization:\n", "organization:\n  unknownField: 1\n"),
        StandardCharsets.UTF_8);
    assertThat(run("evaluate", "--data", yaml.toString())).isNotZero();
    assertThat(err.toString()).contains("bad.yaml, строка ", "поле «organization.unknownField»");
  }

  private String output(String[] command, Path data) {
    out.getBuffer().setLength(0);
    String[] args = new String[command.length + 2];
    args[0] = command[0];
    args[1] = "--data";
    args[2] = data.toString();
    System.arraycopy(command, 1, args, 3, command.length - 1);
    assertThat(run(args)).as(String.join(" ", args) + ": " + err).isIn(0, 1);
    return out.toString();
  }
}
