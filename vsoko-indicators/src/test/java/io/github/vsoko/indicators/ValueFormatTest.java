package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueFormatTest {
  private final ValueFormat f = ValueFormat.defaults();

  @Test
  void formatsTheRussianWayRoundingHalfUpOnlyHere() {
    assertThat(f.format(new Share(312, 694))).isEqualTo("312 человек / 45 %");
    assertThat(f.withPercentScale(1).format(new Share(1, 8))).isEqualTo("1 человек / 12,5 %");
    assertThat(f.format(new Share(3, 10))).isEqualTo("3 человека / 30 %");
    assertThat(f.format(new Share(12, 100))).isEqualTo("12 человек / 12 %");
    assertThat(f.format(new Share(22, 100))).isEqualTo("22 человека / 22 %");
    assertThat(f.format(new Share(114, 1000))).isEqualTo("114 человек / 11 %");
    assertThat(f.format(new Share(1, 8))).isEqualTo("1 человек / 13 %");
    assertThat(f.withShareStyle(ShareStyle.COUNT_PARENS_PERCENT).format(new Share(312, 694))).isEqualTo("312 (45 %)");
    assertThat(f.withShareStyle(ShareStyle.COUNT_SLASH_NUMBER).format(new Share(312, 694))).isEqualTo("312/45");
    assertThat(f.format(new Mean(new BigDecimal("21"), 6))).isEqualTo("3,5");
    assertThat(f.format(Ratio.of(3, 40))).isEqualTo("0,08");
    assertThat(f.format(new Flag(true))).isEqualTo("да");
    assertThat(f.format(new Count(58))).isEqualTo("58");
    assertThat(f.format(new Area(new BigDecimal("1234.50")))).isEqualTo("1234,5");
    assertThat(f.format(new Missing("x"))).isEqualTo("нет данных");
    assertThat(f.format(new NotApplicable("x"))).isEqualTo("—");
  }

  @Test
  void aZeroBaseFollowsThePolicy() {
    Share none = new Share(0, 0);
    assertThat(f.format(none)).isEqualTo("0 человек / —");
    assertThat(f.withZeroDenominator(ZeroDenominator.BLANK).format(none)).isEqualTo("0 человек / ");
    assertThat(f.withZeroDenominator(ZeroDenominator.ZERO_PERCENT).format(none)).isEqualTo("0 человек / 0 %");
    assertThat(f.format(Ratio.of(5, 0))).isEqualTo("—");
    assertThat(none.percent()).isEmpty();
  }

  @Test
  void keepsNumeratorAndDenominator() {
    Share s = new Share(2, 3);
    assertThat(s.numerator()).isEqualTo(2);
    assertThat(s.denominator()).isEqualTo(3);
    assertThat(s.percent()).get().satisfies(p -> assertThat(p.toPlainString()).startsWith("66.66666666"));
  }
}
