package io.github.vsoko.app;

import io.github.vsoko.analytics.effectiveness.SheetAnswers;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.plan.VsokoModel;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The embedded demo school (демонстрационная школа): a fictional «МБОУ СОШ № 7» with its school data for 2024, its
 * ВСОКО model for 2024/2025, the addressed recommendations it received and its answers to the effectiveness sheet.
 * Shipped as resources ({@code school.json.gz}, {@code vsoko-model.yaml}, {@code recommendations.yaml},
 * {@code sheet-answers.yaml}) that a seeded generator in the tests makes (docs/demo.md).
 *
 * @param data the school data (vsoko/1)
 * @param model the ВСОКО model
 * @param recommendations addressed recommendations
 * @param previousRecommendations the recommendations of a year earlier (after 2022/2023, to carry out in 2023/2024), with
 *     what the school recorded about carrying them out — the follow-up checks them against 2023/2024
 * @param sheetAnswers the school's answers to the criteria vsoko cannot score
 * @since 0.1.0
 */
public record DemoSchool(SchoolData data, VsokoModel model, List<Recommendation> recommendations, SheetAnswers sheetAnswers,
    List<Recommendation> previousRecommendations) {
  /** The academic year of the plan. */
  public static final AcademicYear YEAR = AcademicYear.starting(2024);

  /** The date the demo is «today» on (statuses of plans, road maps and recommendations). */
  public static final LocalDate TODAY = LocalDate.of(2025, 1, 20);

  /** Validates and copies. */
  public DemoSchool {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(model, "model");
    recommendations = List.copyOf(recommendations);
    Objects.requireNonNull(sheetAnswers, "sheet answers");
    previousRecommendations = List.copyOf(previousRecommendations);
  }

  /** The academic year the previous recommendations were to be carried out in, and the follow-up looks at. */
  public static final AcademicYear FOLLOW_UP_YEAR = AcademicYear.starting(2023);

  /** Loads the shipped demo school. */
  public static DemoSchool load() {
    try {
      SchoolData data;
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(resource("school.json.gz")))) {
        data = CanonicalJson.read("school.json", in);
      }
      VsokoModel model;
      try (InputStream in = new ByteArrayInputStream(resource("vsoko-model.yaml"))) {
        model = CanonicalYaml.readModel("vsoko-model.yaml", in);
      }
      List<Recommendation> recs;
      try (InputStream in = new ByteArrayInputStream(resource("recommendations.yaml"))) {
        recs = CanonicalYaml.readRecommendations("recommendations.yaml", in);
      }
      SheetAnswers answers = SheetAnswers.load("sheet-answers.yaml",
          new InputStreamReader(new ByteArrayInputStream(resource("sheet-answers.yaml")), StandardCharsets.UTF_8));
      List<Recommendation> previous;
      try (InputStream in = new ByteArrayInputStream(resource("recommendations-2023-2024.yaml"))) {
        previous = CanonicalYaml.readRecommendations("recommendations-2023-2024.yaml", in);
      }
      return new DemoSchool(data, model, recs, answers, previous);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoSchool.class.getResourceAsStream("demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " of the demo school is missing from vsoko-app");
      }
      return in.readAllBytes();
    }
  }
}
