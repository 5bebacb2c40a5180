package io.github.vsoko.io;

import io.github.vsoko.model.school.SchoolData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The canonical JSON format of school data ({@code "format": "vsoko/1"}): every record of a
 * {@link SchoolData} with Russian conventions kept (classes «5А», marks «5»/«н/а», subjects by name,
 * academic years «2024/2025», ISO dates). Output is deterministic: the same data gives the same bytes.
 *
 * @since 0.1.0
 */
public final class CanonicalJson {
  /** The format tag written in every document. */
  public static final String FORMAT = "vsoko/1";

  private CanonicalJson() {}

  /** Writes data as pretty-printed UTF-8 JSON text ending with a newline. */
  public static String write(SchoolData data) {
    return CanonicalMapper.write(data);
  }

  /** Writes data to a stream (left open) as UTF-8 JSON, streaming (no whole-document string in memory). */
  public static void write(SchoolData data, java.io.OutputStream out) throws IOException {
    CanonicalMapper.write(data, out);
  }

  /** Writes data to a file as UTF-8 JSON, streaming (no whole-document string in memory). */
  public static void write(SchoolData data, Path file) throws IOException {
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      CanonicalMapper.write(data, out);
    }
  }

  /**
   * Reads data from JSON text.
   *
   * @param source a name for error messages (a file name)
   * @throws io.github.vsoko.model.problem.ProblemException naming the line, column and path of the first problem
   */
  public static SchoolData read(String source, InputStream in) {
    return CanonicalMapper.read(source, in);
  }

  /**
   * Reads data from a JSON file.
   *
   * @throws io.github.vsoko.model.problem.ProblemException naming the file, line, column and path of the first problem
   * @throws IOException if the file cannot be opened
   */
  public static SchoolData read(Path file) throws IOException {
    try (InputStream in = TextFiles.open(file, TextFiles.DATA_LIMIT)) {
      return read(file.toString(), in);
    }
  }

  private static final Canonical JSON = new Canonical(false);

  /** A plan of functioning as a {@code "kind": "plan"} document. */
  public static String write(io.github.vsoko.model.plan.VsokoPlan plan) {
    return JSON.write(plan);
  }

  /** Reads a plan document. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static io.github.vsoko.model.plan.VsokoPlan readPlan(String source, InputStream in) {
    return JSON.readPlan(source, in);
  }

  /** A road map as a {@code "kind": "road-map"} document. */
  public static String write(io.github.vsoko.model.plan.RoadMap roadMap) {
    return JSON.write(roadMap);
  }

  /** Reads a road-map document. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static io.github.vsoko.model.plan.RoadMap readRoadMap(String source, InputStream in) {
    return JSON.readRoadMap(source, in);
  }

  /** A school's ВСОКО model (plan and road maps included) as a {@code "kind": "vsoko-model"} document. */
  public static String write(io.github.vsoko.model.plan.VsokoModel model) {
    return JSON.write(model);
  }

  /** Reads a ВСОКО model document. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static io.github.vsoko.model.plan.VsokoModel readModel(String source, InputStream in) {
    return JSON.readModel(source, in);
  }

  /** Addressed recommendations as a {@code "kind": "recommendations"} document. */
  public static String writeRecommendations(java.util.List<io.github.vsoko.model.management.Recommendation> recommendations) {
    return JSON.write(recommendations);
  }

  /** Reads a recommendations document. @throws io.github.vsoko.model.problem.ProblemException naming line, column and path */
  public static java.util.List<io.github.vsoko.model.management.Recommendation> readRecommendations(String source, InputStream in) {
    return JSON.readRecommendations(source, in);
  }
}
