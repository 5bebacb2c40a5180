package io.github.vsoko.analytics.vpr;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Spearman's rank correlation (коэффициент ранговой корреляции Спирмена) with average ranks for ties,
 * computed as Pearson's correlation of the ranks (which equals {@code 1 − 6Σd²/(n(n²−1))} without ties).
 *
 * @since 0.1.0
 */
public final class RankCorrelation {
  private RankCorrelation() {}

  /** r_s of paired values; empty for fewer than two pairs or when either side has no variance. */
  public static OptionalDouble spearman(int[] x, int[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("pairs needed: " + x.length + " x values, " + y.length + " y values");
    }
    if (x.length < 2) {
      return OptionalDouble.empty();
    }
    double[] rx = ranks(x);
    double[] ry = ranks(y);
    double mx = Arrays.stream(rx).average().orElse(0);
    double my = Arrays.stream(ry).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < rx.length; i++) {
      double dx = rx[i] - mx;
      double dy = ry[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
  }

  /**
   * Ranks 1…n, ties sharing their average rank. Marks and scores span a short range, so they are ranked by counting
   * (linear); a wide range is sorted.
   */
  static double[] ranks(int[] values) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (values.length > 0 && (long) max - min < Math.max(1024L, 4L * values.length)) {
      int[] counts = new int[max - min + 1];
      for (int v : values) {
        counts[v - min]++;
      }
      double[] rankOf = new double[counts.length];
      int below = 0;
      for (int k = 0; k < counts.length; k++) {
        rankOf[k] = below + (counts[k] + 1) / 2.0; // the average of ranks below+1 … below+count
        below += counts[k];
      }
      double[] ranks = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        ranks[i] = rankOf[values[i] - min];
      }
      return ranks;
    }
    return sortedRanks(values);
  }

  /** Ranks by sorting, for values over a wide range. */
  static double[] sortedRanks(int[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(values[a], values[b]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }
}
