package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.indicators.order1324.Order1324Policies;
import org.junit.jupiter.api.Test;

/** A value outside a policy's declared range is refused where it is set, naming the policy and the range. */
class PolicyRangeTest {
  @Test
  void outOfRangeIsRefusedWhereSet() {
    assertThatThrownBy(() -> Policies.defaults().with(Order1324Policies.FGOS_TRAINING_WINDOW_YEARS, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order1324.fgos-training-window-years").hasMessageContaining("от 0 до 10");
    assertThat(Policies.defaults().with(Order1324Policies.FGOS_TRAINING_WINDOW_YEARS, 10)
        .get(Order1324Policies.FGOS_TRAINING_WINDOW_YEARS)).isEqualTo(10);
  }
}
