package io.github.vsoko.analytics.internal;

/** Comparisons of shares shared by the ВПР and ГИА analyses. */
public final class Proportions {
  private static final double Z = 2.58;

  private Proportions() {}

  /**
   * Whether a group's share ({@code part} of {@code n}) is significantly above the rest's ({@code restPart} of
   * {@code restN}): one-sided two-proportion z-test at z ≥ 2.58 (strict, as a school compares many groups at once),
   * at least 20 percentage points apart, with five or more compared on each side.
   */
  public static boolean standsOut(long part, long n, long restPart, long restN) {
    if (n < 5 || restN < 5) {
      return false;
    }
    // at least 20 points apart, in whole numbers: part/n − restPart/restN ≥ 1/5 (60 % against 40 % is exactly 20 points,
    // which doubles would put a hair below)
    if (5 * (part * restN - restPart * n) < n * restN) {
      return false;
    }
    double p1 = (double) part / n;
    double p2 = (double) restPart / restN;
    double pooled = (double) (part + restPart) / (n + restN);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n + 1.0 / restN));
    return se > 0 && (p1 - p2) / se >= Z;
  }
}
