package io.github.vsoko.indicators.internal.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** «Свыше 30 лет» of 1.30.2: thirty years and any month or day more; exactly thirty years is not over them. */
class ServiceBandsTest {
  @Test
  void overThirtyYearsByAMonthOrADay() {
    assertThat(StaffCalculators.isOverThirtyYears(Period.of(30, 0, 0))).isFalse();
    assertThat(StaffCalculators.isOverThirtyYears(Period.of(30, 1, 0))).isTrue();
    assertThat(StaffCalculators.isOverThirtyYears(Period.of(30, 0, 1))).isTrue();
    assertThat(StaffCalculators.isOverThirtyYears(Period.of(31, 0, 0))).isTrue();
    assertThat(StaffCalculators.isOverThirtyYears(Period.of(29, 11, 30))).isFalse();
  }
}
