package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The published API is documented as a library on Maven Central would be: every exported package states its stability,
 * every public type of an exported package says since which version it exists.
 */
@DisplayName("API documentation")
class ApiDocumentationTest {
  private static final List<String> LIBRARIES = List.of("model", "indicators", "analytics", "io", "report", "app", "testkit");
  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public\\s+(?:(?:final|sealed|abstract|non-sealed)\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)", Pattern.MULTILINE);

  private static List<Path> exportedPackages() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String m : LIBRARIES) {
      Path sources = Path.of("..", "vsoko-" + m, "src", "main", "java");
      Matcher e = EXPORTS.matcher(Files.readString(sources.resolve("module-info.java"), StandardCharsets.UTF_8));
      while (e.find()) {
        out.add(sources.resolve(e.group(1).replace('.', '/')));
      }
    }
    return out;
  }

  @Test
  @DisplayName("every exported package states its stability in its package-info")
  void everyExportedPackageStatesItsStability() throws IOException {
    List<Path> packages = exportedPackages();
    assertThat(packages).hasSizeGreaterThan(15);
    for (Path p : packages) {
      assertThat(p.resolve("package-info.java")).as("package-info of %s", p).exists();
      assertThat(Files.readString(p.resolve("package-info.java"), StandardCharsets.UTF_8)).as("%s", p)
          .containsPattern("Stability: (stable|evolving|experimental)\\.");
    }
  }

  @Test
  @DisplayName("every public type of an exported package has @since in its Javadoc")
  void everyPublicTypeHasSince() throws IOException {
    List<String> missing = new ArrayList<>();
    int types = 0;
    for (Path p : exportedPackages()) {
      try (Stream<Path> files = Files.list(p)) {
        for (Path f : files.filter(x -> x.toString().endsWith(".java") && !x.endsWith("package-info.java")).toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          Matcher t = PUBLIC_TYPE.matcher(text);
          if (!t.find()) {
            continue;
          }
          types++;
          String before = text.substring(0, t.start());
          int doc = before.lastIndexOf("/**");
          if (doc < 0 || !before.substring(doc).contains("@since ")) {
            missing.add(f.getFileName().toString());
          }
        }
      }
    }
    assertThat(types).isGreaterThan(250);
    assertThat(missing).as("public types without @since").isEmpty();
  }
}
