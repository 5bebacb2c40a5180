package io.github.vsoko.analytics.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class AttestationProperties {
  @Property
  void sharesLieInZeroToHundredAndQualityNeverExceedsProgress(@ForAll @LongRange(max = 500) long five,
      @ForAll @LongRange(max = 500) long four, @ForAll @LongRange(max = 500) long three, @ForAll @LongRange(max = 500) long two,
      @ForAll @LongRange(max = 500) long na) {
    AttestationCounts c = new AttestationCounts(five, four, three, two, na, 0, 0);
    if (c.base() == 0) {
      assertThat(c.progress()).isEmpty();
      return;
    }
    assertThat(c.progress().getAsDouble()).isBetween(0.0, 100.0);
    assertThat(c.quality().getAsDouble()).isBetween(0.0, c.progress().getAsDouble());
    assertThat(c.sou(AttestationOptions.defaults()).getAsDouble()).isBetween(0.0, 100.0);
  }

  @Property
  void aggregationEqualsRecomputation(@ForAll @LongRange(max = 300) long a5, @ForAll @LongRange(max = 300) long a2,
      @ForAll @LongRange(max = 300) long b5, @ForAll @LongRange(max = 300) long bNa) {
    AttestationCounts a = new AttestationCounts(a5, 0, 0, a2, 0, 0, 0);
    AttestationCounts b = new AttestationCounts(b5, 0, 0, 0, bNa, 0, 0);
    AttestationCounts sum = a.plus(b);
    assertThat(sum).isEqualTo(new AttestationCounts(a5 + b5, 0, 0, a2, bNa, 0, 0));
    if (sum.base() > 0) {
      assertThat(sum.quality().getAsDouble() * sum.base()).isCloseTo(100.0 * (a5 + b5), org.assertj.core.data.Offset.offset(1e-6));
    }
  }
}
