package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.docs.AcmeIndicators;
import io.github.vsoko.model.fixtures.SmallSchool;
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
  private static final Path SDK = Path.of("..", "docs", "sdk.md");

  private static String block(String doc, String name, String language) {
    Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```" + language + "\\n(.*?)```", Pattern.DOTALL)
        .matcher(doc);
    assertThat(m.find()).as("docs/sdk.md has the example «%s»", name).isTrue();
    return m.group(1);
  }

  private static String region(Path source, String name) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int start = text.indexOf("// example: " + name + "\n");
    int end = text.indexOf("// end example", start);
    assertThat(start).as("region %s in %s", name, source).isNotNegative();
    String region = text.substring(start + ("// example: " + name + "\n").length(), text.lastIndexOf('\n', end) + 1);
    int indent = region.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    region.lines().forEach(l -> out.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n'));
    return out.toString();
  }

  @Test
  void theJavaExampleIsTheCompiledProviderAndItWorks() throws IOException {
    String doc = Files.readString(SDK, StandardCharsets.UTF_8);
    Path source = Path.of("src", "test", "java", "io", "github", "vsoko", "indicators", "docs", "AcmeIndicators.java");
    assertThat(block(doc, "acme-java", "java")).isEqualTo(region(source, "acme-java"));
    IndicatorRegistry registry = IndicatorRegistry.builder().discover().provider(new AcmeIndicators()).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(registry.requireSet("acme.region"), SmallSchool.data());
    assertThat(r.value("1.1")).contains(new Share(0, 10));
  }

  @Test
  void theYamlExampleLoadsAndEvaluates() throws IOException {
    String doc = Files.readString(SDK, StandardCharsets.UTF_8);
    IndicatorSet set = DeclarativeIndicators.load("sdk.md", new StringReader(block(doc, "acme-yaml", "yaml")));
    EvaluationResult r = IndicatorEvaluator.evaluate(set, SmallSchool.data());
    assertThat(r.value("1.1")).contains(new Share(2, 10));
    assertThat(r.value("1.2")).contains(new Count(1));
  }

  @Test
  void theEvaluationExampleRuns() throws IOException {
    String doc = Files.readString(SDK, StandardCharsets.UTF_8);
    Path source = Path.of("src", "test", "java", "io", "github", "vsoko", "indicators", "SdkDocsTest.java");
    assertThat(block(doc, "evaluate", "java")).isEqualTo(region(source, "evaluate"));
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
