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
  void aBadScheduleIsLocatedAndTheKindIsChecked() {
    String yaml = CanonicalYaml.write(School29Regulation.roadMap()).replace("deadline: Ежегодно до 30 ноября", "deadline: когда-нибудь");
    assertThatThrownBy(() -> CanonicalYaml.readRoadMap("map.yaml", in(yaml)))
        .isInstanceOf(io.github.vsoko.model.problem.ProblemException.class)
        .hasMessageContaining("map.yaml, строка ")
        .hasMessageContaining("roadMap.sections[0].actions[0].deadline")
        .hasMessageContaining("«когда-нибудь»");
    assertThatThrownBy(() -> CanonicalJson.readPlan("p.json", in(CanonicalJson.write(School29Regulation.roadMap()))))
        .hasMessageContaining("ожидается «kind»: «plan», получено «road-map»");
  }
}
