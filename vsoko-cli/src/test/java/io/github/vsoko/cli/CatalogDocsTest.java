package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in catalog pages {@code docs/indicators/<set>.md} equal what the registry generates.
 * Regenerate with {@code -Dvsoko.updateDocs=true}.
 */
class CatalogDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "indicators");

  @Test
  void everyBuiltInSetHasAnUpToDateCatalogPage() throws IOException {
    IndicatorRegistry registry = IndicatorRegistry.discover();
    for (IndicatorSet set : registry.sets()) {
      List<PolicyKey<?>> policies = IndicatorsCommand.policiesOf(registry, List.of(set));
      String generated = new String(io.github.vsoko.app.ReportFiles.discover().render(io.github.vsoko.report.CatalogReport.build(
          List.of(set), policies, io.github.vsoko.report.ReportOptions.defaults()), "md"), StandardCharsets.UTF_8);
      Path page = DOCS.resolve(set.id() + ".md");
      if (Boolean.getBoolean("vsoko.updateDocs")) {
        Files.writeString(page, generated, StandardCharsets.UTF_8);
      }
      assertThat(page).as("catalog page of %s", set.id()).exists();
      assertThat(Files.readString(page, StandardCharsets.UTF_8)).as("docs/indicators/%s.md", set.id()).isEqualTo(generated);
    }
  }
}
