package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No report builder hard-codes a row code of an indicator set: the sets declare where their rows go. */
class NoHardCodedCodesTest {
  @Test
  void reportBuildersNameNoIndicatorCodes() throws IOException {
    Pattern code = Pattern.compile("\"\\d+\\.\\d+(\\.\\d+)?\"");
    try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "io", "github", "vsoko", "report"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        assertThat(code.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()).as("an indicator code in %s", f).isFalse();
      }
    }
  }
}
