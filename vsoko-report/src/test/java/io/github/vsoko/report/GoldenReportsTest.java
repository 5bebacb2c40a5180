package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the text formats (HTML, Markdown, CSV, JSON) for every report: the output must be
 * byte-identical run to run and equal to the checked-in file (regenerate with
 * -Dvsoko.updateGolden=true after a deliberate change and review the diff).
 */
class GoldenReportsTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final ReportRenderers RENDERERS = ReportRenderers.discover();

  static Stream<Arguments> reportsAndFormats() {
    List<Arguments> out = new ArrayList<>();
    for (String kind : List.of("self-assessment", "plan", "cyclogram", "roadmap", "recommendations", "vpr")) {
      for (String format : List.of("html", "md", "csv", "json", "tsv", "text")) {
        out.add(Arguments.of(kind, format));
      }
    }
    return out.stream();
  }

  static byte[] render(Report report, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RENDERERS.get(format).render(report, out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("reportsAndFormats")
  void textFormatsAreDeterministicAndMatchTheirGoldenFiles(String kind, String format) throws IOException {
    byte[] first = render(Reports.byKind(kind), format);
    byte[] second = render(Reports.byKind(kind), format);
    assertThat(second).as("same input, same bytes").isEqualTo(first);
    Path golden = GOLDEN.resolve(kind + "." + format);
    if (Boolean.getBoolean("vsoko.updateGolden")) {
      Files.write(golden, first);
    }
    assertThat(golden).as("golden file (create with -Dvsoko.updateGolden=true)").exists();
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("reportsAndFormats")
  void noStudentOrStaffRecordLeavesInAReport(String kind, String format) throws IOException {
    String text = new String(render(Reports.byKind(kind), format), StandardCharsets.UTF_8)
        .replaceAll("(?s)<style>.*?</style>", "");
    // the small school's pseudonymous ids: students s1–s11, graduates g1–g6 and h1–h4, staff t1…
    assertThat(Pattern.compile("(?<![\\w</-])[sght]\\d{1,2}(?![\\w-])").matcher(text).find()).as("a record id in %s.%s", kind, format)
        .isFalse();
  }
}
