package io.github.vsoko.analytics.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The attestation metrics by hand, each weight and each part of the sum at stake (issue 20): «5» 2, «4» 3, «3» 4, «2» 1,
 * «н/а» 2, «осв.» 1, зачёт 1 — base 12 (осв. and зачёт out).
 */
class AttestationCountsTest {
  private static final AttestationCounts C = new AttestationCounts(2, 3, 4, 1, 2, 1, 1);
  private static final Offset<Double> EXACT = Offset.offset(1e-12);

  @Test
  void theBaseHoldsMarksAndNotAttestedOnly() {
    assertThat(C.base()).isEqualTo(12);
    assertThat(C.progress().getAsDouble()).isCloseTo(75.0, EXACT); // 9 / 12
    assertThat(C.quality().getAsDouble()).isCloseTo(500.0 / 12, EXACT); // 5 / 12
  }

  /** Средний балл: (5·2 + 4·3 + 3·4 + 2·1) / 10 = 3,6 over the marks; 36 / 12 = 3,0 over the base with «н/а». */
  @Test
  void theMeanMarkWeighsEachMarkByItsValue() {
    assertThat(C.meanMark(new AttestationOptions(0, false, true)).getAsDouble()).isCloseTo(3.6, EXACT);
    assertThat(C.meanMark(new AttestationOptions(0, true, true)).getAsDouble()).isCloseTo(3.0, EXACT);
    // each mark's weight on its own
    assertThat(new AttestationCounts(1, 0, 0, 0, 0, 0, 0).meanMark(AttestationOptions.defaults()).getAsDouble()).isCloseTo(5, EXACT);
    assertThat(new AttestationCounts(0, 1, 0, 0, 0, 0, 0).meanMark(AttestationOptions.defaults()).getAsDouble()).isCloseTo(4, EXACT);
    assertThat(new AttestationCounts(0, 0, 1, 0, 0, 0, 0).meanMark(AttestationOptions.defaults()).getAsDouble()).isCloseTo(3, EXACT);
    assertThat(new AttestationCounts(0, 0, 0, 1, 0, 0, 0).meanMark(AttestationOptions.defaults()).getAsDouble()).isCloseTo(2, EXACT);
    assertThat(new AttestationCounts(0, 0, 0, 0, 1, 1, 1).meanMark(new AttestationOptions(0, false, true))).isEmpty();
  }

  /** СОУ: (100·2 + 64·3 + 36·4 + 16·1 + w·2) / 12 — 552/12 = 46 with w = 0, 566/12 with w = 7. */
  @Test
  void souWeighsNotAttestedByTheOption() {
    assertThat(C.sou(new AttestationOptions(0, false, true)).getAsDouble()).isCloseTo(46.0, EXACT);
    assertThat(C.sou(new AttestationOptions(7, false, true)).getAsDouble()).isCloseTo(566.0 / 12, EXACT);
    assertThat(AttestationCounts.ZERO.sou(AttestationOptions.defaults())).isEmpty();
  }

  @Test
  void countsAddFieldByField() {
    AttestationCounts sum = C.plus(new AttestationCounts(10, 20, 30, 40, 50, 60, 70));
    assertThat(sum).isEqualTo(new AttestationCounts(12, 23, 34, 41, 52, 61, 71));
  }
}
