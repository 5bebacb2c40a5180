package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.docs.AcmeIndicators;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.indicators.order1324.AttestationBase;
import io.github.vsoko.indicators.order1324.Order1324Policies;
import io.github.vsoko.model.fixtures.DocExamples;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The code in docs/sdk.md is the code that compiles and runs here, so the page cannot rot. */
class SdkDocsTest {
  @Test
  void theJavaExampleIsTheCompiledProviderAndItWorks() throws IOException {
    Path source = Path.of("src", "test", "java", "io", "github", "vsoko", "indicators", "docs", "AcmeIndicators.java");
    assertThat(DocExamples.block("sdk.md", "acme-java", "java")).isEqualTo(DocExamples.region(source, "acme-java"));
    IndicatorRegistry registry = IndicatorRegistry.builder().discover().provider(new AcmeIndicators()).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(registry.requireSet("acme.region"), SmallSchool.data());
    assertThat(r.value("1.1")).contains(new Share(0, 10));
  }

  @Test
  void theYamlExampleLoadsAndEvaluates() throws IOException {
    IndicatorSet set = DeclarativeIndicators.load("sdk.md", new StringReader(DocExamples.block("sdk.md", "acme-yaml", "yaml")));
    EvaluationResult r = IndicatorEvaluator.evaluate(set, SmallSchool.data());
    assertThat(r.value("1.1")).contains(new Share(2, 10));
    assertThat(r.value("1.2")).contains(new Count(1));
  }

  /** The results example of sdk.md on the small school: annual Russian 5, 4, 3, 4 → 4,0; no ВПР records → «нет данных». */
  @Test
  void theResultsYamlExampleLoadsAndEvaluates() throws IOException {
    IndicatorSet set = DeclarativeIndicators.load("sdk.md",
        new StringReader(DocExamples.block("sdk.md", "acme-results-yaml", "yaml")));
    EvaluationResult r = IndicatorEvaluator.evaluate(set, SmallSchool.data());
    assertThat(r.value("1")).contains(new Mean(new java.math.BigDecimal(16), 4));
    assertThat(r.value("3")).contains(new Count(0));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void theEvaluationExampleRuns() throws IOException {
    Path source = Path.of("src", "test", "java", "io", "github", "vsoko", "indicators", "SdkDocsTest.java");
    assertThat(DocExamples.block("sdk.md", "evaluate", "java")).isEqualTo(DocExamples.region(source, "evaluate"));
    // example: evaluate
    ReportingPeriod year2024 = ReportingPeriod.calendarYear(2024);
    ReportingPeriod school2023 = ReportingPeriod.academicYear(AcademicYear.starting(2023));
    SchoolData school = SchoolData.builder(
            Organization.of("sch7", "МБОУ СОШ № 7", "Муниципальное бюджетное общеобразовательное учреждение «Средняя "
                + "общеобразовательная школа № 7»", OrganizationKind.GENERAL), year2024)
        .students(List.of(Student.of("s1", ClassName.parse("6А"), LocalDate.of(2019, 9, 1)),
            Student.of("s2", ClassName.parse("6А"), LocalDate.of(2019, 9, 1)),
            Student.of("s3", ClassName.parse("1А"), LocalDate.of(2024, 9, 1))))
        .marks(List.of(new AttestationMark("s1", SchoolSubject.RUSSIAN, school2023, MarkValue.FIVE),
            new AttestationMark("s2", SchoolSubject.RUSSIAN, school2023, MarkValue.THREE)))
        .build();
    IndicatorRegistry registry = IndicatorRegistry.discover();
    IndicatorSet general = registry.requireSet("order1324.general");
    EvaluationResult result = IndicatorEvaluator.evaluate(general, school,
        EvaluationOptions.defaults().withPolicies(Policies.defaults()
            .with(Order1324Policies.ATTESTATION_BASE, AttestationBase.GRADED_STUDENTS)));
    IndicatorResult r15 = result.result("1.5").orElseThrow();
    String cell = ValueFormat.defaults().format(r15.value());   // "1 человек / 50 %"
    // end example
    assertThat(cell).isEqualTo("1 человек / 50 %");
    assertThat(r15.explanation()).isEqualTo("1.5 = 1 из 2 учащихся с годовыми отметками за 2023/2024 учебный год = 50 %");
  }

  @Test
  void theExamplesUseOnlyPublishedArtifacts() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "sdk.md"), StandardCharsets.UTF_8);
    Matcher code = Pattern.compile("```(?:java|yaml|xml)\\n(.*?)```", Pattern.DOTALL).matcher(page);
    while (code.find()) {
      assertThat(code.group(1)).as("a code example in docs/sdk.md").doesNotContain("fixtures", "SmallSchool", "DocExamples",
          "src/test");
    }
  }

  @Test
  void everyRecordKindFieldAndYamlKeyIsDocumented() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "sdk.md"), StandardCharsets.UTF_8);
    for (String kind : RecordKinds.names()) {
      assertThat(page).as("record kind %s", kind).contains("| `" + kind + "` |");
      for (String field : RecordKinds.ALL.get(kind).fields().keySet()) {
        assertThat(page).as("field %s of %s", field, kind).containsPattern("\\| `" + kind + "` \\|[^\\n]*`"
            + Pattern.quote(field) + "`");
      }
    }
    for (String key : DeclarativeLoader.KEYS) {
      assertThat(page).as("YAML key %s", key).contains("`" + key + "`");
    }
  }
}
