package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged fat jar {@code target/vsoko.jar} as a user would. */
class VsokoJarIT {
  private static final Path JAR = Path.of("target", "vsoko.jar");

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    assertThat(JAR).exists();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(new ProcessBuilder(command));
  }

  /** Runs the repository's launcher {@code ./vsoko}, with this test's Java. */
  private static Result launch(String... args) throws IOException, InterruptedException {
    assertThat(JAR).exists();
    List<String> command = new ArrayList<>(List.of("sh", Path.of("..", "vsoko").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return run(builder);
  }

  private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    Path out = Files.createTempFile("vsoko-out", ".txt");
    Path err = Files.createTempFile("vsoko-err", ".txt");
    Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    try {
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void helpWorks() throws Exception {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: vsoko", "schedule");
  }

  @Test
  void versionComesFromTheManifest() throws Exception {
    Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("vsoko 0.1.0-SNAPSHOT");
  }

  @Test
  void aBadScheduleIsOneLineWithoutAStackTrace() throws Exception {
    Result r = run("schedule", "Когда-нибудь");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("«Когда-нибудь»"));
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  /** The shaded jar carries the renderers' service entries, POI, PDFBox and the embedded font; logs stay quiet. */
  @Test
  void theJarRendersAPdfAndADocxQuietly() throws Exception {
    Path dir = Files.createTempDirectory("vsoko-report");
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, io.github.vsoko.io.CanonicalYaml.write(io.github.vsoko.model.fixtures.School29Regulation.plan()),
        StandardCharsets.UTF_8);
    Result r = run("report", "plan", "--plan", plan.toString(), "--on", "20.01.2025", "--format", "pdf,docx,xlsx",
        "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(dir.resolve("plan.pdf")).isNotEmptyFile();
    assertThat(dir.resolve("cyclogram.docx")).isNotEmptyFile();
    assertThat(dir.resolve("cyclogram.xlsx")).isNotEmptyFile();
  }

  /** The README's main command: the demo from the shaded jar (resources and renderers inside it), quietly. */
  @Test
  void theDemoRunsFromTheJarAndThroughTheLauncher() throws Exception {
    Path fromJar = Files.createTempDirectory("vsoko-demo");
    Result r = run("demo", "--out", fromJar.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("index.html");
    assertThat(fromJar.resolve("index.html")).isNotEmptyFile();
    assertThat(fromJar.resolve("self-assessment.pdf")).isNotEmptyFile();
    assertThat(fromJar.resolve("vpr.html")).isNotEmptyFile();
    // ./vsoko: its first run after a build writes the class-data archive, the next maps it; same bytes as the jar's
    Path archive = Path.of("target", "vsoko.jsa");
    Files.deleteIfExists(archive);
    Result version = launch("--version");
    assertThat(version.code()).as(version.err()).isZero();
    assertThat(version.err()).isEmpty();
    assertThat(archive).isNotEmptyFile();
    Path launched = Files.createTempDirectory("vsoko-demo");
    Result again = launch("-q", "demo", "--out", launched.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    try (var files = Files.list(fromJar)) {
      for (Path f : files.toList()) {
        assertThat(launched.resolve(f.getFileName())).as(f.getFileName().toString()).hasSameBinaryContentAs(f);
      }
    }
  }
}
