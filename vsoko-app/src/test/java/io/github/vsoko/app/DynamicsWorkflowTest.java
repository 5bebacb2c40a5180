package io.github.vsoko.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vsoko.analytics.dynamics.Series;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Indicators across years: gaps stay gaps in every output, the documents must be one organization's, one per year. */
class DynamicsWorkflowTest {
  private static final SchoolData DEMO = DemoSchool.load().data();
  private static final IndicatorRegistry REGISTRY = IndicatorRegistry.discover();

  private static SchoolData year(int y) {
    return DEMO.withPeriod(ReportingPeriod.calendarYear(y));
  }

  private static String render(DynamicsOutcome o, String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFiles.discover().renderers().get(format).render(o.report(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aYearWithoutADocumentOrWithoutMarksIsAGapNeverZero() throws Exception {
    DynamicsOutcome o = new DynamicsWorkflow(REGISTRY).run(new DynamicsRequest(List.of(year(2022), year(2024)), List.of(),
        List.of("1.1", "1.5"), Optional.empty(), io.github.vsoko.indicators.Policies.defaults(),
        io.github.vsoko.report.ReportOptions.defaults()));
    assertThat(o.years()).containsExactly(2022, 2023, 2024);
    Series s15 = o.series().get(1);
    // 2022: no annual marks of 2021/2022 in the data — a gap, not 0 %; 2023 from the 2024 document's class history
    assertThat(s15.values()).containsOnlyKeys(2023, 2024);
    JsonNode json = new ObjectMapper().readTree(render(o, "json"));
    JsonNode values = json.get("indicators").get(1).get("values");
    assertThat(values.get("2022").isNull()).isTrue();
    assertThat(values.get("2023").decimalValue()).isEqualByComparingTo("31.16");
    assertThat(values.get("2024").decimalValue()).isEqualByComparingTo("32.71");
    assertThat(json.get("fromHistoryOf").get("2023").asInt()).isEqualTo(2024);
    assertThat(render(o, "md")).contains("| 1.5 |").contains("нет данных").doesNotContain("| 0,00 |")
        .contains("2023 год — по истории классов и отметкам документа за 2024 год");
  }

  @Property(tries = 8)
  void aYearRemovedTurnsIntoAGapInEveryOutput(@ForAll @Size(min = 1, max = 3) @UniqueElements
      List<@IntRange(min = 2022, max = 2024) Integer> kept) throws Exception {
    List<SchoolData> documents = new ArrayList<>();
    kept.stream().sorted().forEach(y -> documents.add(year(y)));
    DynamicsOutcome o = new DynamicsWorkflow(REGISTRY).run(new DynamicsRequest(documents, List.of(2022, 2023, 2024),
        List.of("1.1"), Optional.empty(), io.github.vsoko.indicators.Policies.defaults(),
        io.github.vsoko.report.ReportOptions.defaults()));
    JsonNode values = new ObjectMapper().readTree(render(o, "json")).get("indicators").get(0).get("values");
    String tsv = render(o, "tsv");
    for (int y = 2022; y <= 2024; y++) {
      // the 2024 document's class history holds 2022/2023, so it gives 2023 when that year's own document is removed
      if (kept.contains(y) || (y == 2023 && kept.contains(2024))) {
        assertThat(values.get(Integer.toString(y)).isNumber()).as("%d kept", y).isTrue();
      } else {
        assertThat(values.get(Integer.toString(y)).isNull()).as("%d removed", y).isTrue();
      }
    }
    long gaps = 3 - kept.size() - (!kept.contains(2023) && kept.contains(2024) ? 1 : 0);
    assertThat(tsv.split("нет данных", -1).length - 1L).as(tsv).isGreaterThanOrEqualTo(gaps);
  }

  @Test
  void documentsOfTwoOrganizationsOrTwoOfOneYearAreRefused() {
    SchoolData other = year(2023).withOrganization(Organization.of("x", "Х", "Х", OrganizationKind.GENERAL));
    DynamicsWorkflow w = new DynamicsWorkflow(REGISTRY);
    assertThatThrownBy(() -> w.run(DynamicsRequest.of(List.of(year(2024), other)))).hasMessageContaining("документы разных организаций");
    assertThatThrownBy(() -> w.run(DynamicsRequest.of(List.of(year(2024), year(2024))))).hasMessageContaining("два документа за 2024 год");
  }
}
