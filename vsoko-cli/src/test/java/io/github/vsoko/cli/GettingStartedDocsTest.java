package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.cli.demo.DemoSchool;
import io.github.vsoko.cli.docs.GettingStarted;
import io.github.vsoko.io.CanonicalJson;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/getting-started.md: its Java example is compiled code that runs, and its Maven snippet names real artifacts. */
class GettingStartedDocsTest {
  @TempDir Path dir;

  @Test
  void theEmbeddingExampleIsCompiledAndRuns() throws Exception {
        Path source = Path.of("src", "test", "java", "io", "github", "vsoko", "cli", "docs", "GettingStarted.java");
    String code = DocExamples.region(source, "embed");
    assertThat(DocExamples.block("getting-started.md", "embed", "java")).isEqualTo(code);
    assertThat(code.lines().count()).isLessThanOrEqualTo(10);
    Path data = dir.resolve("school.json");
    CanonicalJson.write(DemoSchool.load().data(), data);
    Method m = GettingStarted.class.getDeclaredMethod("selfAssessment", Path.class, Path.class);
    m.setAccessible(true);
    GettingStarted.Result r = (GettingStarted.Result) m.invoke(null, data, dir.resolve("отчёт"));
    assertThat(r.quality()).matches("\\d+ человек(а)? / \\d+ %");
    assertThat(r.html()).isNotEmptyFile();
    assertThat(Files.readString(r.html())).contains("МБОУ СОШ № 7");
  }

  @Test
  void theMavenSnippetImportsTheBomAndNamesItsArtifacts() throws IOException {
        String xml = DocExamples.block("getting-started.md", "maven", "xml");
    String bom = Files.readString(Path.of("..", "vsoko-bom", "pom.xml"), StandardCharsets.UTF_8);
    String version = Pattern.compile("<artifactId>vsoko-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom).results()
        .findFirst().orElseThrow().group(1);
    assertThat(xml).contains("<artifactId>vsoko-bom</artifactId>", "<version>" + version + "</version>", "<type>pom</type>",
        "<scope>import</scope>");
    for (String artifact : List.of("vsoko-io", "vsoko-report")) {
      assertThat(xml).contains("<artifactId>" + artifact + "</artifactId>");
      assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>");
    }
  }
}
