package io.github.vsoko.analytics.vpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * «Резкое изменение результатов одной параллели от года к году» (2019 methodology): for each school,
 * K = S(grade N, year Y) / S(grade N+1, year Y+1), S = mean % of the maximum score of the work; over all
 * schools with both, a sharp fall is K &gt; Q75 + 3·IQR, a sharp rise K &lt; Q25 − 3·IQR. Works need a
 * scale with a maximum.
 *
 * @since 0.1.0
 */
public final class CohortChange {
  private CohortChange() {}

  /**
   * One school's change.
   *
   * @param school the school login
   * @param from the earlier work (grade N, year Y)
   * @param to the later work (grade N+1, year Y+1)
   * @param k the ratio of mean completion percentages
   * @param marker the marker, if the change is sharp
   */
  public record Change(String school, VprWork from, VprWork to, double k, Optional<ObjectivityMarker> marker) {}

  /**
   * The changes from grade {@code grade} to the next, subject by subject, for every school written in
   * both years; the fences are computed over all these schools.
   */
  public static List<Change> analyse(VprAnalysisResult result, VprScales scales, int grade) {
    Map<String, Map<VprWork, VprCounts>> bySchool = new TreeMap<>();
    for (VprSchoolResult s : result.schools()) {
      bySchool.computeIfAbsent(s.school(), k -> new TreeMap<>()).merge(s.work(), s.counts(), VprCounts::plus);
    }
    List<Change> raw = new ArrayList<>();
    bySchool.forEach((school, works) -> works.forEach((from, c) -> {
      if (from.grade().value() != grade) {
        return;
      }
      VprWork to = new VprWork(from.subject(), io.github.vsoko.model.school.Grade.of(grade + 1), from.year() + 1);
      VprCounts next = works.get(to);
      Optional<Double> s1 = completion(c, scales.find(from));
      Optional<Double> s2 = next == null ? Optional.empty() : completion(next, scales.find(to));
      if (s1.isPresent() && s2.isPresent() && s2.get() > 0) {
        raw.add(new Change(school, from, to, s1.get() / s2.get(), Optional.empty()));
      }
    }));
    if (raw.size() < 4) {
      return raw;
    }
    double[] ks = raw.stream().mapToDouble(Change::k).sorted().toArray();
    double q25 = quantile(ks, 0.25);
    double q75 = quantile(ks, 0.75);
    double iqr = q75 - q25;
    List<Change> out = new ArrayList<>();
    for (Change c : raw) {
      Optional<ObjectivityMarker> marker = c.k() > q75 + 3 * iqr ? Optional.of(ObjectivityMarker.COHORT_DROP)
          : c.k() < q25 - 3 * iqr ? Optional.of(ObjectivityMarker.COHORT_RISE) : Optional.empty();
      out.add(new Change(c.school(), c.from(), c.to(), c.k(), marker));
    }
    return out;
  }

  private static Optional<Double> completion(VprCounts c, Optional<VprScale> scale) {
    if (scale.isEmpty() || scale.get().max().isEmpty() || c.meanPrimaryScore().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(100.0 * c.meanPrimaryScore().getAsDouble() / scale.get().max().getAsInt());
  }

  /** The q-quantile of sorted values, linear between closest ranks. */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
