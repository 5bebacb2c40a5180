package io.github.vsoko.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.VprScales;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ВПР study over the real ФИС ОКО exports: merged results, the fixed JSON schema, thread-count independence. */
@DisplayName("ВПР study over many files")
class VprStudyTest {
  static Path shared(String relative) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared/data/fisoko-vpr").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("shared/data/fisoko-vpr/" + relative + " not found");
  }

  static List<Path> allExports() throws Exception {
    try (Stream<Path> files = Files.walk(shared(""))) {
      return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
    }
  }

  @Test
  @DisplayName("the JSON of the study is the fixed schema: schools then total, keys in order")
  void theJsonIsTheFixedSchema() throws Exception {
    Path file = shared("2021/4/Проведение работы по математике, 4 класс. ВПР 2021.xlsx");
    VprStudyOutcome outcome = new VprStudy().run(List.of(file),
        VprStudyOptions.defaults().withScales(VprScales.forAll(new VprScale(6, 10, 15, OptionalInt.of(20)))));
    String json = new String(ReportFiles.discover().render(outcome.report(), "json"), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"schools\" : [ {\n    \"school\" : \"sch22").contains("\"total\" : {")
        .contains("\"meanPrimaryScore\" : ").endsWith("}\n");
    assertThat(outcome.unscaled()).isZero();
    assertThat(outcome.analysis().total().participants()).isPositive();
  }

  @Test
  @DisplayName("one thread or four, the same bytes in every text format; every file is reported done once")
  void threadCountDoesNotChangeTheResult() throws Exception {
    List<Path> files = allExports();
    AtomicInteger done = new AtomicInteger();
    VprStudyOptions options = VprStudyOptions.defaults();
    VprStudyOutcome one = new VprStudy().run(files, new VprStudyOptions(options.scales(), options.taskLevels(), false, true, 1,
        options.importOptions(), options.title(), options.date(), options.reportOptions()), (f, n, total) -> done.incrementAndGet());
    VprStudyOutcome four = new VprStudy().run(files, new VprStudyOptions(options.scales(), options.taskLevels(), false, true, 4,
        options.importOptions(), options.title(), options.date(), options.reportOptions()));
    assertThat(done).hasValue(files.size());
    ReportFiles out = ReportFiles.discover();
    for (String format : List.of("json", "md", "html", "csv", "tsv", "text")) {
      assertThat(out.render(four.report(), format)).as(format).isEqualTo(out.render(one.report(), format));
    }
    assertThat(four.analysis().total()).isEqualTo(one.analysis().total());
  }

  @Test
  @DisplayName("a missing file is named before any file is read")
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> new VprStudy().run(List.of(Path.of("нет.xlsx")), VprStudyOptions.defaults()))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("нет.xlsx");
  }
}
