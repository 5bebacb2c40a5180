package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ValueFormatProperties {

  @Property
  void sharesOfPersonsLieBetweenZeroAndHundred(
      @ForAll @LongRange(min = 1, max = 1_000_000) long denominator, @ForAll @LongRange(min = 0, max = 1_000_000) long part) {
    long numerator = part % (denominator + 1);
    BigDecimal p = new Share(numerator, denominator).percent().orElseThrow();
    assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  /** The printed percentage is exactly the half-up rounding of the fraction, computed with integers alone. */
  @Property
  void formattingNeverLosesTheExactFraction(
      @ForAll @LongRange(min = 1, max = 10_000_000) long denominator,
      @ForAll @LongRange(min = 0, max = 10_000_000) long numerator,
      @ForAll @IntRange(min = 0, max = 3) int scale) {
    String printed = ValueFormat.defaults().withPercentScale(scale).percent(new Share(numerator, denominator));
    BigInteger factor = BigInteger.TEN.pow(scale);
    BigInteger scaled = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(100)).multiply(factor);
    BigInteger[] qr = scaled.divideAndRemainder(BigInteger.valueOf(denominator));
    BigInteger rounded = qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(denominator)) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    String expected = new BigDecimal(rounded, scale).toPlainString().replace('.', ',') + " %";
    assertThat(printed).isEqualTo(expected);
  }
}
