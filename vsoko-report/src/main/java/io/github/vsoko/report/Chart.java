package io.github.vsoko.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart (диаграмма): inline SVG in HTML, an image in DOCX and PDF, its data as a table elsewhere.
 *
 * @param id a short latin id
 * @param title the title
 * @param kind bar or line
 * @param categories the categories along the axis («2», «3», «4», «5»; «2022», «2023»)
 * @param series the series, each with one value per category
 * @param unit the unit of the values («%», «человек»)
 * @since 0.1.0
 */
public record Chart(String id, String title, ChartKind kind, List<String> categories, List<ChartSeries> series, String unit)
    implements Block {
  /** Validates and copies. */
  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    Objects.requireNonNull(unit, "unit");
    if (categories.isEmpty() || series.isEmpty()) {
      throw new IllegalArgumentException("chart «" + title + "» needs categories and at least one series");
    }
    for (ChartSeries s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("chart «" + title + "»: series «" + s.name() + "» has " + s.values().size()
            + " values for " + categories.size() + " categories");
      }
      if (s.values().stream().anyMatch(v -> v.signum() < 0)) {
        throw new IllegalArgumentException("chart «" + title + "»: series «" + s.name() + "» has a negative value");
      }
    }
  }
}
