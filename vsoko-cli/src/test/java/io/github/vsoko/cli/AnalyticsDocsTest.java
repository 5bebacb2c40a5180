package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.app.DemoSchool;
import io.github.vsoko.cli.docs.AnalyticsExamples;
import io.github.vsoko.analytics.effectiveness.SheetAnswers;
import io.github.vsoko.analytics.gia.ExamScales;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.fixtures.DocExamples;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The code in docs/effectiveness.md, docs/audit.md and docs/gia.md is code that compiles and runs here. */
class AnalyticsDocsTest {
  private static final Path EXAMPLES = Path.of("src", "test", "java", "io", "github", "vsoko", "cli", "docs", "AnalyticsExamples.java");

  @Test
  void theSheetExampleOnTheDemoSchool() throws IOException {
    assertThat(DocExamples.block("effectiveness.md", "sheet", "java")).isEqualTo(DocExamples.region(EXAMPLES, "sheet"));
    String answers = DocExamples.block("effectiveness.md", "answers", "yaml").replace("sch1", DemoSchool.load().data().organization().id());
    DemoSchool demo = DemoSchool.load();
    assertThat(SheetAnswers.load("answers.yaml", new StringReader(answers)).answers()).containsKeys("3.1", "4.3");
    String summary = AnalyticsExamples.sheet(demo.data(), demo.model(), demo.recommendations(), new StringReader(answers));
    assertThat(summary).matches("\\d+ из 36, уровень «(высокий|средний|низкий)»");
  }

  @Test
  void theAuditExampleOnSchool29Regulation() throws IOException {
    assertThat(DocExamples.block("audit.md", "audit", "java")).isEqualTo(DocExamples.region(EXAMPLES, "audit"));
    Path seed;
    try (Stream<Path> files = Files.list(SharedFiles.find(Path.of("seeds")))) {
      seed = files.filter(f -> f.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
    }
    assertThat(AnalyticsExamples.audit(seed, School29Regulation.plan()))
        .isEqualTo("1 «Показатели и процедуры оценки функциональной грамотности» — нет");
  }

  @Test
  void theGiaExamplesOnTheDemoSchool() throws IOException {
    assertThat(DocExamples.block("gia.md", "gia", "java")).isEqualTo(DocExamples.region(EXAMPLES, "gia"));
    assertThat(AnalyticsExamples.gia(DemoSchool.load().data())).anySatisfy(r -> {
      assertThat(r.form()).isEqualTo(ExamForm.OGE);
      assertThat(r.subject()).isEqualTo(SchoolSubject.MATHEMATICS);
      assertThat(r.scaled()).isTrue();
      assertThat(r.disagreeWithScale()).isZero();
    });
    ExamScales scales = ExamScales.load("gia.md", new StringReader(DocExamples.block("gia.md", "scales", "yaml")));
    assertThat(scales.scale(2024, StateExam.GIA_11, ExamForm.GVE, SchoolSubject.MATHEMATICS)).isPresent();
  }
}
