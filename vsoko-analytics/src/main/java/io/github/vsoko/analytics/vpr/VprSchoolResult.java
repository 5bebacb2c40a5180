package io.github.vsoko.analytics.vpr;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The comparison of one school's participants in one work, as read from one file.
 *
 * @param file the file the rows came from
 * @param school the school's ФИС ОКО login
 * @param work subject, grade, year
 * @param counts the counts
 * @param marks the ВПР marks
 * @param spearman r_s between journal marks and primary scores; empty when undefined
 * @param markers objectivity markers found, official ones first
 * @since 0.1.0
 */
public record VprSchoolResult(String file, String school, VprWork work, VprCounts counts, VprMarkCounts marks, OptionalDouble spearman,
    List<ObjectivityMarker> markers) {
  /** Validates and copies. */
  public VprSchoolResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(marks, "marks");
    Objects.requireNonNull(spearman, "spearman");
    markers = List.copyOf(markers);
  }

  /** The markers in Russian, as the reports print them. */
  public List<String> markerTexts() {
    return markers.stream().map(m -> m.russianText(work)).toList();
  }
}
