package io.github.vsoko.analytics.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {
  private static Measurements school(String id, String quality) {
    Measurements m = Measurements.of(id, id);
    return quality == null ? m : m.with("attestation.quality", new BigDecimal(quality));
  }

  /** Urban a 60, b 40, c 50 (mean 50); rural d 30, e 30 (mean 30, a shared first rank); f has no value. */
  @Test
  void schoolsAreComparedWithinTheirGroup() {
    List<GroupComparison> r = GroupComparison.compare(
        List.of(school("a", "60"), school("b", "40"), school("c", "50"), school("d", "30"), school("e", "30"), school("f", null)),
        Map.of("a", "город", "b", "город", "c", "город", "d", "село", "e", "село"), "attestation.quality");
    assertThat(r).extracting(GroupComparison::organizationId).containsExactly("a", "c", "b", "d", "e");
    GroupComparison b = r.get(2);
    assertThat(b.groupMean()).isEqualByComparingTo("50");
    assertThat(b.difference()).isEqualByComparingTo("-10");
    assertThat(b.rank()).isEqualTo(3);
    assertThat(b.groupSize()).isEqualTo(3);
    assertThat(r.get(3).rank()).isEqualTo(1);
    assertThat(r.get(4).rank()).isEqualTo(1);
  }
}
