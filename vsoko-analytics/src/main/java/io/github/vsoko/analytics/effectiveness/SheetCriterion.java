package io.github.vsoko.analytics.effectiveness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion of the sheet (критерий оценочного листа).
 *
 * @param id «1.1»
 * @param section the section code
 * @param title the criterion as the sheet words it
 * @param scores the scores it may take, ascending (e.g. 0, 1, 2); the last is the maximum
 * @param weight its weight in the total (≥ 1)
 * @param evidence what evidence it asks for («приказ об утверждении, адрес на сайте»)
 * @param source where the requirement comes from (seed, order)
 * @param auto the automatic check, if vsoko scores it
 * @since 0.1.0
 */
public record SheetCriterion(String id, String section, String title, List<Integer> scores, int weight, String evidence,
    String source, Optional<AutoCheck> auto) {
  /** Validates. */
  public SheetCriterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(title, "title");
    scores = List.copyOf(scores);
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("criterion " + id + " has no scores");
    }
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i) < 0 || i > 0 && scores.get(i) <= scores.get(i - 1)) {
        throw new IllegalArgumentException("criterion " + id + ": scores must be ascending and not negative, were " + scores);
      }
    }
    if (weight < 1) {
      throw new IllegalArgumentException("criterion " + id + ": weight must be at least 1, was " + weight);
    }
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(auto, "auto");
    if (auto.isPresent() && !scores.equals(List.of(0, 1, 2))) {
      throw new IllegalArgumentException("criterion " + id + ": an automatic check scores 0, 1 or 2, the scale was " + scores);
    }
  }

  /** The maximum score. */
  public int maxScore() {
    return scores.get(scores.size() - 1);
  }
}
