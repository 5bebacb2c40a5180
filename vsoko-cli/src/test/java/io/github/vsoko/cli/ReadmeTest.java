package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README has exactly two set-up commands, the CI runs the second, and every link in it resolves. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void twoCommandsAndCiRunsTheTestCommand() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> commands = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme).results()
        .map(m -> m.group(1).strip()).toList();
    assertThat(commands).containsExactly(
        "./mvnw -q -B package -DskipTests && java -jar vsoko-cli/target/vsoko.jar demo --out demo-output", "./mvnw -B verify");
    assertThat(Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8)).contains("./mvnw -B verify");
  }

  @Test
  void everyLocalLinkResolves() throws IOException {
    for (String page : List.of("README.md", "docs/index.md", "docs/getting-started.md", "docs/demo.md", "docs/cli.md")) {
      Path file = ROOT.resolve(page);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(text).results().map(m -> m.group(1)).forEach(link ->
          assertThat(file.getParent().resolve(link)).as(page + " → " + link).exists());
    }
  }
}
