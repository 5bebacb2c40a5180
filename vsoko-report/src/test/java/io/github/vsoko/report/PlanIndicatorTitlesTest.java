package io.github.vsoko.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.model.framework.IndicatorReference;
import io.github.vsoko.model.plan.PlanItem;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.fixtures.School29Regulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan's indicator cells show the official title with its code, never an internal id. */
class PlanIndicatorTitlesTest {
  @Test
  void registeredIndicatorsPrintTheirCodeAndOfficialTitle() {
    VsokoPlan plan = School29Regulation.plan();
    PlanItem first = plan.items().get(0);
    List<PlanItem> items = new ArrayList<>(plan.items());
    items.set(0, first.toBuilder().clearIndicators().indicator(IndicatorReference.registered("order1324.general/1.5"))
        .indicator(IndicatorReference.registered("acme.region/7")).indicator(IndicatorReference.freeText("доля выпускников")).build());
    Report r = PlanReport.build(new VsokoPlan(plan.organizationId(), plan.year(), plan.title(), items), ReportOptions.defaults());
    String cell = r.tables().get(0).rows().get(1).cells().get(2).text();
    assertThat(cell).isEqualTo("1.5. Численность/удельный вес численности учащихся, успевающих на \"4\" и \"5\" по результатам "
        + "промежуточной аттестации, в общей численности учащихся\n"
        + "показатель 7 набора «acme.region» (набора нет среди установленных)\nдоля выпускников");
    assertThat(r.tables().get(0).rows()).allSatisfy(row -> row.cells().forEach(c -> assertThat(c.text()).doesNotContain("order1324.")));
  }
}
