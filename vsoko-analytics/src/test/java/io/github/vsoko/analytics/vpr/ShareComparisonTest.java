package io.github.vsoko.analytics.vpr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The comparison of a group's share with the rest's (a class against its school, a teacher's classes, a ГИА group):
 * five or more compared on each side, at least 20 points apart, z ≥ 2,58 — each condition at its edge.
 */
class ShareComparisonTest {
  @Test
  void fiveComparedOnEachSideAreEnough() {
    assertThat(VprAnalysis.standsOut(5, 5, 0, 40)).isTrue(); // 100 % against 0 %
    assertThat(VprAnalysis.standsOut(4, 4, 0, 40)).isFalse();
    assertThat(VprAnalysis.standsOut(5, 5, 0, 5)).isTrue();
    assertThat(VprAnalysis.standsOut(5, 5, 0, 4)).isFalse();
  }

  /**
   * Large samples make any difference significant; the 20 points decide: 60 % against 40 % of a thousand each is exactly
   * 20 points and stands out, 59,9 % does not, nor 50 % against 35 % (15 points, z ≈ 6,8).
   */
  @Test
  void twentyPointsApartExactly() {
    assertThat(VprAnalysis.standsOut(600, 1000, 400, 1000)).isTrue();
    assertThat(VprAnalysis.standsOut(599, 1000, 400, 1000)).isFalse();
    assertThat(VprAnalysis.standsOut(500, 1000, 350, 1000)).isFalse();
    assertThat(VprAnalysis.standsOut(400, 1000, 600, 1000)).isFalse(); // below the rest: one-sided
  }

  /**
   * The pooled share's variance p(1 − p): 9 of 10 against 16 of 40 (pooled 0,5) gives z ≈ 2,83 and stands out; with
   * p(1 + p) it would be ≈ 1,63. 8 of 10 against 15 of 40 (z ≈ 2,41) does not.
   */
  @Test
  void theZTestUsesThePooledVariance() {
    assertThat(VprAnalysis.standsOut(9, 10, 16, 40)).isTrue();
    assertThat(VprAnalysis.standsOut(8, 10, 15, 40)).isFalse();
  }
}
