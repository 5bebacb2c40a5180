package io.github.vsoko.analytics.vpr;

import io.github.vsoko.model.school.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One class's participants in one ВПР work (анализ по классам): marks, the comparison with journal marks, r_s and the
 * markers found for the class — the official ones measured against all participants of the work, and whether the
 * class's lowered or raised share stands out from the other classes of its grade in the school.
 *
 * @param school the school's ФИС ОКО login
 * @param work subject, grade, year
 * @param className the class the participants were in when they wrote
 * @param counts the counts
 * @param marks the ВПР marks
 * @param spearman r_s between journal marks and primary scores; empty when undefined
 * @param markers markers found, official ones first
 * @since 0.1.0
 */
public record VprClassResult(String school, VprWork work, ClassName className, VprCounts counts, VprMarkCounts marks,
    OptionalDouble spearman, List<ObjectivityMarker> markers) {
  /** Validates and copies. */
  public VprClassResult {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(className, "class");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(marks, "marks");
    Objects.requireNonNull(spearman, "spearman");
    markers = List.copyOf(markers);
  }

  /** Whether any marker, official or not, was found for the class. */
  public boolean marked() {
    return !markers.isEmpty();
  }
}
