package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Mean;
import io.github.vsoko.indicators.Ratio;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.Source;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.indicators.ValueFormat;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON of an evaluation: exact parts, and percents, means and ratios to four decimals (half up). */
class EvaluationJsonTest {
  @Test
  void percentsMeansAndRatiosHaveFourDecimalsBesideTheirExactParts() throws IOException {
    IndicatorSet set = IndicatorSet.builder("t.json", "1", "Тест", new Source("тест", "1"))
        .indicator("1", Unit.PERSONS_SHARE, "Треть", ctx -> Calculation.of(new Share(1, 3), "1 из 3"))
        .indicator("2", Unit.PERSONS_SHARE, "Две трети", ctx -> Calculation.of(new Share(2, 3), "2 из 3"))
        .indicator("3", Unit.SCORE, "Средний", ctx -> Calculation.of(new Mean(new BigDecimal("11"), 3), "11 / 3"))
        .indicator("4", Unit.PERSONS_PER_PERSON, "Отношение", ctx -> Calculation.of(Ratio.of(1, 8), "1 / 8"))
        .indicator("5", Unit.PERSONS_SHARE, "Ноль", ctx -> Calculation.of(new Share(0, 7), "0 из 7"))
        .build();
    SchoolData data = SchoolData.builder(Organization.of("o", "Школа", "Школа", OrganizationKind.GENERAL),
        ReportingPeriod.calendarYear(2024)).build();
    EvaluationResult result = IndicatorEvaluator.evaluate(set, data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportRenderers.discover().get("json").render(
        EvaluationReport.build("Тест", "Школа", result, ValueFormat.defaults(), ReportOptions.defaults()), out);
    com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.toString(StandardCharsets.UTF_8)).get("results");
    assertThat(results.get(0).get("value").toString()).isEqualTo(
        "{\"type\":\"share\",\"numerator\":1,\"denominator\":3,\"percent\":\"33.3333\"}");
    assertThat(results.get(1).get("value").get("percent").asText()).isEqualTo("66.6667");
    assertThat(results.get(2).get("value").toString()).isEqualTo("{\"type\":\"mean\",\"sum\":\"11\",\"n\":3,\"mean\":\"3.6667\"}");
    assertThat(results.get(3).get("value").get("ratio").asText()).isEqualTo("0.125");
    assertThat(results.get(4).get("value").get("percent").asText()).isEqualTo("0");
  }
}
