package io.github.vsoko.app;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.io.PlanImportOptions;
import io.github.vsoko.io.PlanImportResult;
import io.github.vsoko.io.PlanTablesImport;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.AcademicYear;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a school's ВСОКО documents from files by their extension: {@code vsoko/1} JSON or YAML, or — for plans and
 * road maps — an XLSX/CSV table, whose problems come back with the value.
 *
 * @since 0.1.0
 */
public final class DocumentFiles {
  private DocumentFiles() {}

  /** A plan of functioning (план функционирования ВСОКО). */
  public static PlanImportResult<VsokoPlan> plan(Path file, TableContext table) throws IOException {
    if (isTable(file)) {
      return PlanTablesImport.readPlan(file, PlanImportOptions.of(table.organization(), year(table, file)));
    }
    try (InputStream in = open(file)) {
      return new PlanImportResult<>(isYaml(file) ? CanonicalYaml.readPlan(file.toString(), in)
          : CanonicalJson.readPlan(file.toString(), in), List.of());
    }
  }

  /** A road map (дорожная карта). */
  public static PlanImportResult<RoadMap> roadMap(Path file, TableContext table) throws IOException {
    if (isTable(file)) {
      AcademicYear y = year(table, file);
      return PlanTablesImport.readRoadMap(file, PlanImportOptions.of(table.organization(), y), y);
    }
    try (InputStream in = open(file)) {
      return new PlanImportResult<>(isYaml(file) ? CanonicalYaml.readRoadMap(file.toString(), in)
          : CanonicalJson.readRoadMap(file.toString(), in), List.of());
    }
  }

  /** A ВСОКО model: documents, plan and road maps. */
  public static VsokoModel model(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return isYaml(file) ? CanonicalYaml.readModel(file.toString(), in) : CanonicalJson.readModel(file.toString(), in);
    }
  }

  /** Writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content. */
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /**
   * Writes a document to {@code file} whole or not at all: into a temporary file beside it, moved into place when
   * complete.
   *
   * @throws io.github.vsoko.model.problem.ProblemException naming the file when it is a directory or cannot be written
   */
  public static void write(Path file, Content content) throws IOException {
    if (Files.isDirectory(file)) {
      throw fail(file, "это папка, а ожидается файл");
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw fail(file, "нет папки " + dir);
    }
    Path partial;
    try {
      partial = Files.createTempFile(dir, "." + file.getFileName() + "-", ".part");
    } catch (IOException e) {
      throw fail(file, "в папку " + dir + " нельзя записать (" + e.getClass().getSimpleName() + ")");
    }
    try {
      try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
        content.writeTo(out);
      }
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static io.github.vsoko.model.problem.ProblemException fail(Path file, String message) {
    return new io.github.vsoko.model.problem.ProblemException(List.of(io.github.vsoko.model.problem.Problem.ofFile(
        file.toString(), message)));
  }

  /** Addressed recommendations (адресные рекомендации). */
  public static List<Recommendation> recommendations(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return isYaml(file) ? CanonicalYaml.readRecommendations(file.toString(), in)
          : CanonicalJson.readRecommendations(file.toString(), in);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static boolean isTable(Path file) {
    return List.of("xlsx", "csv", "txt").contains(extension(file));
  }

  private static boolean isYaml(Path file) {
    return List.of("yaml", "yml").contains(extension(file));
  }

  private static InputStream open(Path file) throws IOException {
    return io.github.vsoko.io.TextFiles.open(file, io.github.vsoko.io.TextFiles.DATA_LIMIT);
  }

  private static AcademicYear year(TableContext table, Path file) {
    return table.year().orElseThrow(() -> new IllegalArgumentException(
        file + ": для таблицы нужен учебный год (--academic-year 2024/2025)"));
  }
}
