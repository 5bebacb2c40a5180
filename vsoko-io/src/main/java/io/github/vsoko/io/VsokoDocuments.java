package io.github.vsoko.io;

import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import java.util.List;

/** The canonical documents other than school data, each tagged with its kind. */
final class VsokoDocuments {
  private VsokoDocuments() {}

  /** {@code "kind": "plan"}. */
  record PlanDocument(String format, String kind, VsokoPlan plan) {}

  /** {@code "kind": "road-map"}. */
  record RoadMapDocument(String format, String kind, RoadMap roadMap) {}

  /** {@code "kind": "vsoko-model"}. */
  record ModelDocument(String format, String kind, VsokoModel model) {}

  /** {@code "kind": "recommendations"}. */
  record RecommendationsDocument(String format, String kind, List<Recommendation> recommendations) {
    RecommendationsDocument {
      recommendations = recommendations == null ? List.of() : recommendations;
    }
  }
}
