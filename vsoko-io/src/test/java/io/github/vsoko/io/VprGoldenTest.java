package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of the three real ФИС ОКО exports: a summary of everything read (counts, sums,
 * distributions, tasks with max points, every problem) must not change unnoticed. Regenerate with
 * -Dvsoko.updateGolden=true after a deliberate change and review the diff.
 */
class VprGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest
  @ValueSource(strings = {"2020/4/Математика.xlsx", "2021/4/Проведение работы по математике, 4 класс. ВПР 2021.xlsx",
      "2022/5/Математика.xlsx"})
  void realExportsReadExactlyAsRecorded(String name) throws IOException {
    Path file = SharedData.vpr(name);
    VprImportResult r = VprImport.read(file, VprImportOptions.defaults());
    String actual = summary(name, r).replace(file.toString(), name);
    Path golden = GOLDEN.resolve("vpr-" + name.substring(0, 4) + ".txt");
    if (Boolean.getBoolean("vsoko.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (create with -Dvsoko.updateGolden=true)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String summary(String name, VprImportResult r) {
    StringBuilder s = new StringBuilder();
    s.append("file: ").append(name).append('\n');
    s.append("sheet: ").append(r.sheet()).append("\nlayout: ").append(r.layout()).append('\n');
    s.append("work: ").append(r.subject().name()).append(", ").append(r.grade()).append(", ").append(r.year()).append('\n');
    long absent = r.results().stream().filter(VprResult::absent).count();
    long invalid = r.results().stream().filter(v -> !v.absent() && v.primaryScore().isEmpty()).count();
    s.append("rows: ").append(r.results().size()).append(", absent: ").append(absent).append(", invalid: ").append(invalid)
        .append(", with score: ").append(r.results().size() - absent - invalid).append('\n');
    s.append("schools: ").append(r.results().stream().map(VprResult::schoolLogin).distinct().count()).append('\n');
    s.append("classes named: ").append(r.results().stream().filter(v -> v.className().isPresent()).count()).append('\n');
    s.append("variants: ").append(count(r, v -> v.variant().orElse("—"))).append('\n');
    s.append("primary score sum: ").append(r.results().stream().mapToInt(v -> v.primaryScore().orElse(0)).sum()).append('\n');
    s.append("marks: ").append(count(r, v -> label(v.mark()))).append('\n');
    s.append("journal marks: ").append(count(r, v -> label(v.journalMark()))).append('\n');
    s.append("tasks: ").append(r.results().stream().filter(v -> !v.tasks().isEmpty()).findFirst()
        .map(v -> v.tasks().stream().map(VprGoldenTest::task).collect(Collectors.joining(" "))).orElse("—")).append('\n');
    s.append("task scores sum: ").append(r.results().stream().flatMap(v -> v.tasks().stream())
        .mapToInt(t -> t.score().orElse(0)).sum()).append(", not done: ")
        .append(r.results().stream().flatMap(v -> v.tasks().stream()).filter(t -> t.score().isEmpty()).count()).append('\n');
    s.append("problems: ").append(r.problems().size()).append('\n');
    r.problems().forEach(p -> s.append("  ").append(p.severity().russianName()).append(": ").append(p).append('\n'));
    return s.toString();
  }

  private static String task(TaskScore t) {
    return t.task() + (t.maxPoints().isPresent() ? "(" + t.maxPoints().getAsInt() + ")" : "");
  }

  private static String label(Optional<MarkValue> mark) {
    return mark.map(MarkValue::label).orElse("нет");
  }

  private static String count(VprImportResult r, Function<VprResult, String> key) {
    Map<String, Long> counts = r.results().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }
}
