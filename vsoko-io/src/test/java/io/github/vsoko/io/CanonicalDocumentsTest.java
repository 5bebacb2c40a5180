package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.model.fixtures.YeniseiskDecision;
import io.github.vsoko.model.fixtures.Recommendations2024;
import io.github.vsoko.model.fixtures.GuryevskRoadMap;
import io.github.vsoko.model.fixtures.School29Regulation;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalDocumentsTest {
  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sourcePlansModelsRoadMapsAndRecommendationsRoundTripInJsonAndYaml() {
    VsokoModel model = School29Regulation.model();
    assertThat(CanonicalJson.readModel("m.json", in(CanonicalJson.write(model)))).isEqualTo(model);
    assertThat(CanonicalYaml.readModel("m.yaml", in(CanonicalYaml.write(model)))).isEqualTo(model);
    VsokoPlan plan = School29Regulation.plan();
    assertThat(CanonicalJson.readPlan("p.json", in(CanonicalJson.write(plan)))).isEqualTo(plan);
    assertThat(CanonicalYaml.readPlan("p.yaml", in(CanonicalYaml.write(plan)))).isEqualTo(plan);
    for (RoadMap map : List.of(YeniseiskDecision.roadMap(), GuryevskRoadMap.roadMap(), School29Regulation.roadMap())) {
      assertThat(CanonicalJson.readRoadMap("r.json", in(CanonicalJson.write(map)))).isEqualTo(map);
      assertThat(CanonicalYaml.readRoadMap("r.yaml", in(CanonicalYaml.write(map)))).isEqualTo(map);
    }
    List<Recommendation> recs = Recommendations2024.recommendations();
    assertThat(CanonicalJson.readRecommendations("x.json", in(CanonicalJson.writeRecommendations(recs)))).isEqualTo(recs);
    assertThat(CanonicalYaml.readRecommendations("x.yaml", in(CanonicalYaml.writeRecommendations(recs)))).isEqualTo(recs);
  }

  @Test
  void plansWriteSchedulesAndReferencesReadably() {
    String yaml = CanonicalYaml.write(School29Regulation.plan());
    assertThat(yaml).startsWith("format: vsoko/1\nkind: plan\n")
        .contains("schedule: \"Декабрь, июнь (1 п/г, 2 п/г учеб. года)\"", "schedule: Июнь", "- id: order1324.general/1.16",
            "title: Кадровые условия");
    String json = CanonicalJson.writeRecommendations(Recommendations2024.recommendations());
    assertThat(json).contains("\"deadline\" : \"До 01.09.2024\"", "\"organizationId\" : \"mbou-sosh-9\"",
        "\"role\" : \"Руководители и заместители руководителей ОУ\"");
    assertThat(CanonicalJson.write(School29Regulation.plan())).isEqualTo(CanonicalJson.write(School29Regulation.plan()));
  }

  @Test
  void executionRecordsAndNewDeadlineWordingsRoundTrip() {
    io.github.vsoko.model.plan.VsokoPlan source = School29Regulation.plan();
    java.util.List<io.github.vsoko.model.plan.PlanItem> items = new java.util.ArrayList<>(source.items());
    java.time.LocalDate dec = java.time.LocalDate.of(2024, 12, 31);
    items.set(0, items.get(0).toBuilder()
        .execution(io.github.vsoko.model.plan.Execution.done(dec, java.time.LocalDate.of(2024, 12, 20), java.util.Optional.of("Справка")))
        .execution(io.github.vsoko.model.plan.Execution.notDone(java.time.LocalDate.of(2025, 6, 30), java.util.Optional.of("перенос ВПР")))
        .build());
    items.set(1, items.get(1).toBuilder().schedule(io.github.vsoko.model.schedule.Schedule.parse("октябрь-ноябрь, март-апрель")).build());
    items.set(2, items.get(2).toBuilder().schedule(io.github.vsoko.model.schedule.Schedule.parseOrKeep("после каникул")).build());
    io.github.vsoko.model.plan.VsokoPlan plan = new io.github.vsoko.model.plan.VsokoPlan(source.organizationId(), source.year(),
        source.title(), items);
    String yaml = CanonicalYaml.write(plan);
    assertThat(yaml).contains("state: DONE", "document: Справка", "reason: перенос ВПР", "schedule: \"Октябрь – ноябрь, март – апрель\"",
        "schedule: после каникул");
    io.github.vsoko.model.plan.VsokoPlan back = CanonicalYaml.readPlan("p.yaml", in(yaml));
    assertThat(back.items().get(0)).isEqualTo(plan.items().get(0));
    assertThat(back.items().get(1)).isEqualTo(plan.items().get(1));
    assertThat(back.items().get(2).schedule().format()).isEqualTo("после каникул");
    assertThat(CanonicalYaml.write(back)).isEqualTo(yaml);
    assertThat(CanonicalJson.readPlan("p.json", in(CanonicalJson.write(plan))).items().get(0)).isEqualTo(plan.items().get(0));
  }

  @Test
  void anUnreadableDeadlineIsKeptAsWrittenAndTheKindIsChecked() {
    String yaml = CanonicalYaml.write(School29Regulation.roadMap()).replace("deadline: Ежегодно до 30 ноября", "deadline: когда-нибудь");
    io.github.vsoko.model.plan.RoadMap map = CanonicalYaml.readRoadMap("map.yaml", in(yaml));
    io.github.vsoko.model.schedule.Schedule kept = map.sections().get(0).actions().get(0).deadline();
    assertThat(kept.isRecognised()).isFalse();
    assertThat(kept.format()).isEqualTo("когда-нибудь");
    assertThat(CanonicalYaml.write(map)).isEqualTo(yaml); // written back as it was read
    assertThatThrownBy(() -> CanonicalJson.readPlan("p.json", in(CanonicalJson.write(School29Regulation.roadMap()))))
        .hasMessageContaining("ожидается «kind»: «plan», получено «road-map»");
  }
}
