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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/getting-started.md: its Java example is compiled code that runs, and its Maven snippet names real artifacts. */
class GettingStartedDocsTest {
  private static final Path DOC = Path.of("..", "docs", "getting-started.md");

  @TempDir Path dir;

  private static String block(String doc, String name, String language) {
    Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```" + language + "\\n(.*?)```", Pattern.DOTALL)
        .matcher(doc);
    assertThat(m.find()).as("docs/getting-started.md has the example «%s»", name).isTrue();
    return m.group(1);
  }

  private static String region(Path source, String name) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int start = text.indexOf("// example: " + name + "\n");
    int end = text.indexOf("// end example", start);
    String region = text.substring(start + ("// example: " + name + "\n").length(), text.lastIndexOf('\n', end) + 1);
    int indent = region.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    region.lines().forEach(l -> out.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n'));
    return out.toString();
  }

  @Test
  void theEmbeddingExampleIsCompiledAndRuns() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Path source = Path.of("src", "test", "java", "io", "github", "vsoko", "cli", "docs", "GettingStarted.java");
    String code = region(source, "embed");
    assertThat(block(doc, "embed", "java")).isEqualTo(code);
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
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String xml = block(doc, "maven", "xml");
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
