package io.github.vsoko.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.app.DemoSchool;
import io.github.vsoko.app.VprStudyOutcome;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.fixtures.DocExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/getting-started.md: an embedder produces the self-assessment package and a ВПР study over a folder of exports in a
 * few lines each, with the application layer alone (this module does not see the command line).
 */
@DisplayName("Getting started: the embedding examples are compiled code that runs")
class GettingStartedDocsTest {
  private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "vsoko", "app", "docs", "GettingStarted.java");

  @TempDir Path dir;

  @Test
  @DisplayName("the self-assessment package of the demo school in five lines")
  void selfAssessmentPackage() throws Exception {
    String code = region("self-assessment");
    assertThat(block("self-assessment")).isEqualTo(code);
    assertThat(code.lines().count()).isLessThanOrEqualTo(8);
    Path data = dir.resolve("school.json");
    CanonicalJson.write(DemoSchool.load().data(), data);
    GettingStarted.Package p = GettingStarted.selfAssessment(data, dir.resolve("отчёт"));
    assertThat(p.quality()).matches("\\d+ человек(а)? / \\d+ %");
    assertThat(p.files()).extracting(f -> f.getFileName().toString())
        .containsExactly("self-assessment.html", "self-assessment.docx", "self-assessment.pdf");
    assertThat(p.files()).allSatisfy(f -> assertThat(f).isNotEmptyFile());
    assertThat(Files.readString(p.files().get(0))).contains("МБОУ СОШ № 7");
  }

  @Test
  @DisplayName("a ВПР study over a folder of ФИС ОКО exports in four lines")
  void vprStudyOverAFolder() throws Exception {
    String code = region("vpr-study");
    assertThat(block("vpr-study")).isEqualTo(code);
    assertThat(code.lines().count()).isLessThanOrEqualTo(8);
    VprStudyOutcome study = GettingStarted.vprStudy(sharedVpr(), dir.resolve("впр"));
    assertThat(study.analysis().schools()).isNotEmpty();
    assertThat(study.analysis().total().participants()).isGreaterThan(10_000);
    String json = Files.readString(dir.resolve("впр").resolve("vpr.json"));
    assertThat(json).startsWith("{\n  \"schools\" : [").contains("\"total\" : {");
    assertThat(dir.resolve("впр").resolve("vpr.html")).isNotEmptyFile();
  }

  @Test
  @DisplayName("the Maven snippet imports the BOM and names artifacts it holds")
  void theMavenSnippetImportsTheBomAndNamesItsArtifacts() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "getting-started.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- example: maven -->\\s*```xml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).isTrue();
    String xml = m.group(1);
    String bom = Files.readString(Path.of("..", "vsoko-bom", "pom.xml"), StandardCharsets.UTF_8);
    String version = Pattern.compile("<artifactId>vsoko-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom).results()
        .findFirst().orElseThrow().group(1);
    assertThat(xml).contains("<artifactId>vsoko-bom</artifactId>", "<version>" + version + "</version>", "<type>pom</type>",
        "<scope>import</scope>", "<artifactId>vsoko-app</artifactId>");
    assertThat(bom).contains("<artifactId>vsoko-app</artifactId>");
  }

  private static Path sharedVpr() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared/data/fisoko-vpr");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("shared/data/fisoko-vpr not found beside the checkout");
  }

  private static String block(String name) throws IOException {
    return DocExamples.block("getting-started.md", name, "java");
  }

  private static String region(String name) throws IOException {
    return DocExamples.region(SOURCE, name);
  }
}
