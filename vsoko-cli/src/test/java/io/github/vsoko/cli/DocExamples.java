package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the examples of a docs page (a fenced block after {@code <!-- example: NAME -->}) and the regions of test sources
 * they must equal ({@code // example: NAME} … {@code // end example}), for the tests that keep docs compiled.
 */
final class DocExamples {
  private DocExamples() {}

  /** The block of {@code docs/PAGE} named {@code name} in the given fence language. */
  static String block(String page, String name, String language) throws IOException {
    String doc = Files.readString(Path.of("..", "docs", page), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```" + language + "\\n(.*?)```", Pattern.DOTALL)
        .matcher(doc);
    assertThat(m.find()).as("docs/%s has the example «%s»", page, name).isTrue();
    return m.group(1);
  }

  /** The region named {@code name} of a source file, its common indentation removed. */
  static String region(Path source, String name) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int start = text.indexOf("// example: " + name + "\n");
    assertThat(start).as("region %s in %s", name, source).isNotNegative();
    int end = text.indexOf("// end example", start);
    String region = text.substring(start + ("// example: " + name + "\n").length(), text.lastIndexOf('\n', end) + 1);
    int indent = region.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    region.lines().forEach(l -> out.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n'));
    return out.toString();
  }
}
