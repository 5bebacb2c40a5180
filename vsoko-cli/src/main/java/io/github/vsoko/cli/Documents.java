package io.github.vsoko.cli;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.io.ImportProblem;
import io.github.vsoko.io.PlanImportOptions;
import io.github.vsoko.io.PlanImportResult;
import io.github.vsoko.io.PlanTablesImport;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.RoadMap;
import io.github.vsoko.model.plan.VsokoPlan;
import io.github.vsoko.model.time.AcademicYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads plans, road maps and recommendations for the CLI: {@code vsoko/1} JSON or YAML by extension,
 * or (plans and road maps) an XLSX/CSV table, whose problems are printed.
 */
final class Documents {
  private Documents() {}

  /** The table options a plan or road-map table needs. */
  record TableContext(String organization, Optional<AcademicYear> year, PrintWriter err) {}

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

  static VsokoPlan plan(Path file, TableContext table) throws IOException {
    if (isTable(file)) {
      PlanImportResult<VsokoPlan> r = PlanTablesImport.readPlan(file, PlanImportOptions.of(table.organization(), year(table, file)));
      print(r.problems(), table.err());
      return r.value();
    }
    try (InputStream in = open(file)) {
      return isYaml(file) ? CanonicalYaml.readPlan(file.toString(), in) : CanonicalJson.readPlan(file.toString(), in);
    }
  }

  static RoadMap roadMap(Path file, TableContext table) throws IOException {
    if (isTable(file)) {
      AcademicYear y = year(table, file);
      PlanImportResult<RoadMap> r = PlanTablesImport.readRoadMap(file, PlanImportOptions.of(table.organization(), y), y);
      print(r.problems(), table.err());
      return r.value();
    }
    try (InputStream in = open(file)) {
      return isYaml(file) ? CanonicalYaml.readRoadMap(file.toString(), in) : CanonicalJson.readRoadMap(file.toString(), in);
    }
  }

  static io.github.vsoko.model.plan.VsokoModel model(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return isYaml(file) ? CanonicalYaml.readModel(file.toString(), in) : CanonicalJson.readModel(file.toString(), in);
    }
  }

  static List<Recommendation> recommendations(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return isYaml(file) ? CanonicalYaml.readRecommendations(file.toString(), in)
          : CanonicalJson.readRecommendations(file.toString(), in);
    }
  }

  private static AcademicYear year(TableContext table, Path file) {
    return table.year().orElseThrow(() -> new IllegalArgumentException(
        file + ": для таблицы нужен учебный год (--academic-year 2024/2025)"));
  }

  private static void print(List<ImportProblem> problems, PrintWriter err) {
    problems.forEach(p -> err.println(p.severity().russianName() + ": " + p));
  }
}
