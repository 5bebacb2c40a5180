package io.github.vsoko.io;

import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.school.SchoolData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The canonical documents ({@code "format": "vsoko/1"}) in YAML: the same fields and values as
 * {@link CanonicalJson}, easier to write by hand for plans, road maps and recommendations.
 *
 * @since 0.1.0
 */
public final class CanonicalYaml {
  private static final Canonical YAML = new Canonical(true);

  private CanonicalYaml() {}

  /** School data as YAML. */
  public static String write(SchoolData data) {
    return YAML.write(data);
  }

  /** Reads school data. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static SchoolData read(String source, InputStream in) {
    return YAML.read(source, in);
  }

  /** Reads school data from a file. */
  public static SchoolData read(Path file) throws IOException {
    return Canonical.readFile(file, YAML::read);
  }

  /** A plan as YAML. */
  public static String write(VsokoPlan plan) {
    return YAML.write(plan);
  }

  /** Reads a plan. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static VsokoPlan readPlan(String source, InputStream in) {
    return YAML.readPlan(source, in);
  }

  /** A road map as YAML. */
  public static String write(RoadMap roadMap) {
    return YAML.write(roadMap);
  }

  /** Reads a road map. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static RoadMap readRoadMap(String source, InputStream in) {
    return YAML.readRoadMap(source, in);
  }

  /** A ВСОКО model as YAML. */
  public static String write(VsokoModel model) {
    return YAML.write(model);
  }

  /** Reads a ВСОКО model. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static VsokoModel readModel(String source, InputStream in) {
    return YAML.readModel(source, in);
  }

  /** Recommendations as YAML. */
  public static String writeRecommendations(List<Recommendation> recommendations) {
    return YAML.write(recommendations);
  }

  /** Reads recommendations. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static List<Recommendation> readRecommendations(String source, InputStream in) {
    return YAML.readRecommendations(source, in);
  }
}
