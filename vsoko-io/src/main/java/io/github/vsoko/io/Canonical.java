package io.github.vsoko.io;

import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.SchoolData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The canonical documents in one syntax (JSON or YAML); {@link CanonicalJson} and {@link CanonicalYaml} are its faces. */
final class Canonical {
  static final String PLAN = "plan";
  static final String ROAD_MAP = "road-map";
  static final String MODEL = "vsoko-model";
  static final String RECOMMENDATIONS = "recommendations";

  private final boolean yaml;

  Canonical(boolean yaml) {
    this.yaml = yaml;
  }

  String write(SchoolData data) {
    return CanonicalMapper.writeDocument(SchoolDataDocument.of(data, CanonicalJson.FORMAT), yaml);
  }

  SchoolData read(String source, InputStream in) {
    return CanonicalMapper.read(source, in, yaml);
  }

  String write(VsokoPlan plan) {
    return CanonicalMapper.writeDocument(new VsokoDocuments.PlanDocument(CanonicalJson.FORMAT, PLAN, plan), yaml);
  }

  VsokoPlan readPlan(String source, InputStream in) {
    return CanonicalMapper.readDocument(source, in, VsokoDocuments.PlanDocument.class, yaml,
        VsokoDocuments.PlanDocument::format, VsokoDocuments.PlanDocument::kind, PLAN).plan();
  }

  String write(RoadMap roadMap) {
    return CanonicalMapper.writeDocument(new VsokoDocuments.RoadMapDocument(CanonicalJson.FORMAT, ROAD_MAP, roadMap), yaml);
  }

  RoadMap readRoadMap(String source, InputStream in) {
    return CanonicalMapper.readDocument(source, in, VsokoDocuments.RoadMapDocument.class, yaml,
        VsokoDocuments.RoadMapDocument::format, VsokoDocuments.RoadMapDocument::kind, ROAD_MAP).roadMap();
  }

  String write(VsokoModel model) {
    return CanonicalMapper.writeDocument(new VsokoDocuments.ModelDocument(CanonicalJson.FORMAT, MODEL, model), yaml);
  }

  VsokoModel readModel(String source, InputStream in) {
    return CanonicalMapper.readDocument(source, in, VsokoDocuments.ModelDocument.class, yaml,
        VsokoDocuments.ModelDocument::format, VsokoDocuments.ModelDocument::kind, MODEL).model();
  }

  String write(List<Recommendation> recommendations) {
    return CanonicalMapper.writeDocument(
        new VsokoDocuments.RecommendationsDocument(CanonicalJson.FORMAT, RECOMMENDATIONS, recommendations), yaml);
  }

  List<Recommendation> readRecommendations(String source, InputStream in) {
    return CanonicalMapper.readDocument(source, in, VsokoDocuments.RecommendationsDocument.class, yaml,
        VsokoDocuments.RecommendationsDocument::format, VsokoDocuments.RecommendationsDocument::kind, RECOMMENDATIONS)
        .recommendations();
  }

  static <T> T readFile(Path file, Reader<T> reader) throws IOException {
    try (InputStream in = TextFiles.open(file, TextFiles.DATA_LIMIT)) {
      return reader.read(file.toString(), in);
    }
  }

  /** Reads one kind of document. */
  @FunctionalInterface
  interface Reader<T> {
    T read(String source, InputStream in);
  }
}
