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
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    return Files.newInputStream(file);
  }

  private static AcademicYear year(TableContext table, Path file) {
    return table.year().orElseThrow(() -> new IllegalArgumentException(
        file + ": для таблицы нужен учебный год (--academic-year 2024/2025)"));
  }
}
