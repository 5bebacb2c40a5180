package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help shows an example, and the exit codes follow the convention. */
class HelpTest extends CliTestSupport {
  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, into));
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    List<CommandLine> all = new ArrayList<>();
    collect(new CommandLine(new VsokoCli()), all);
    assertThat(all).hasSizeGreaterThan(20);
    for (CommandLine c : all) {
      if (c.getCommandName().equals("help")) {
        continue;
      }
      String usage = c.getUsageMessage();
      assertThat(usage).as(c.getCommandSpec().qualifiedName()).contains("--help").containsPattern("Пример(ы)?:");
    }
  }

  @Test
  void exitCodes() {
    assertThat(run("schedule", "Август", "--year", "2024/2025")).isZero();
    assertThat(run("schedule", "Когда-нибудь")).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(run("schedule", "--no-such-option")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(run("no-such-command")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).doesNotContain("\tat ");
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  @Test
  void oneLineErrorsAndDebugShowsTheStackTrace() throws java.io.IOException {
    assertThat(run("gia", "--data", "/nonexistent/dir/x.json", "--year", "2024")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--data: нет файла");
    java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"format\": \"vsoko/1\", \"organization\": 5}");
    err.getBuffer().setLength(0);
    assertThat(run("gia", "--data", bad.toString(), "--year", "2024")).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("bad.json").doesNotContain("\tat ");
    err.getBuffer().setLength(0);
    assertThat(run("gia", "--data", bad.toString(), "--year", "2024", "--debug")).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("bad.json", "\tat ");
  }

  @Test
  void langAnywhereOnTheLine() throws java.io.IOException {
    java.nio.file.Path data = dir.resolve("school.json");
    io.github.vsoko.io.CanonicalJson.write(io.github.vsoko.model.fixtures.SmallSchool.data(), data);
    assertThat(run("--lang", "en", "gia", "--data", data.toString(), "--year", "2024", "--format", "tsv")).as(err.toString()).isZero();
    assertThat(out.toString().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("exam\tform\tsubject"));
    out.getBuffer().setLength(0);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--format", "tsv", "--lang", "en"))
        .isZero();
    assertThat(out.toString()).startsWith("group\tbase\t5\t4").contains("total\t");
    out.getBuffer().setLength(0);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--format", "tsv")).isZero();
    assertThat(out.toString()).startsWith("группа\tвсего");
    assertThat(run("--lang", "fr", "gia", "--data", data.toString(), "--year", "2024")).isEqualTo(VsokoCli.EXIT_USAGE);
  }

  /** --quiet silences every «written» message, whichever command writes files. */
  @Test
  void quietWritesNothingButTheFiles() {
    assertThat(run("template", "--out", dir.resolve("t").toString(), "--quiet")).as(err.toString()).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(dir.resolve("t")).isNotEmptyDirectory();
    assertThat(run("-q", "template", "--out", dir.resolve("t2").toString())).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(run("template", "--out", dir.resolve("t3").toString())).isZero();
    assertThat(out.toString()).contains("Записано: ");
  }
}
