package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.docs.AcmeIndicators;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.fixtures.DocExamples;
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

  @Test
  void theEvaluationExampleRuns() throws IOException {
    Path source = Path.of("src", "test", "java", "io", "github", "vsoko", "indicators", "SdkDocsTest.java");
    assertThat(DocExamples.block("sdk.md", "evaluate", "java")).isEqualTo(DocExamples.region(source, "evaluate"));
    // example: evaluate
    IndicatorRegistry registry = IndicatorRegistry.discover();
    IndicatorSet general = registry.requireSet("order1324.general");
    EvaluationResult result = IndicatorEvaluator.evaluate(general, SmallSchool.data(),
        EvaluationOptions.defaults().withPolicies(Policies.defaults()
            .with(io.github.vsoko.indicators.order1324.Order1324Policies.ATTESTATION_BASE,
                io.github.vsoko.indicators.order1324.AttestationBase.GRADED_STUDENTS)));
    IndicatorResult r15 = result.result("1.5").orElseThrow();
    String cell = ValueFormat.defaults().format(r15.value());   // "4 человека / 67 %"
    // end example
    assertThat(cell).isEqualTo("4 человека / 67 %");
    assertThat(r15.explanation()).isEqualTo("1.5 = 4 из 6 учащихся с годовыми отметками за 2023/2024 учебный год = 67 %");
  }
}
