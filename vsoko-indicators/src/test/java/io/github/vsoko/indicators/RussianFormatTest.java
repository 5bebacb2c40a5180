package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The one Russian formatter: decimal comma, half-up rounding, «нет данных», strict dates, number agreement. */
class RussianFormatTest {
  @Test
  void numbersAndPercents() {
    assertThat(RussianFormat.decimal(new BigDecimal("45.15"), 1)).isEqualTo("45,2");
    assertThat(RussianFormat.decimal(OptionalDouble.empty(), 1)).isEqualTo("нет данных");
    assertThat(RussianFormat.percent(1, 3, 1)).contains(new BigDecimal("33.3"));
    assertThat(RussianFormat.percent(1, 0, 1)).isEmpty();
  }

  @Test
  void datesAreStrict() {
    assertThat(RussianFormat.date(LocalDate.of(2024, 12, 31))).isEqualTo("31.12.2024");
    assertThat(RussianFormat.parseDate("2025-01-20")).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThatThrownBy(() -> RussianFormat.parseDate("30.02.2025")).hasMessageContaining("ожидается дата ДД.ММ.ГГГГ");
  }

  @Test
  void nounsAgreeWithNumbers() {
    assertThat(RussianFormat.count(1, "участник", "участника", "участников")).isEqualTo("1 участник");
    assertThat(RussianFormat.count(3, "участник", "участника", "участников")).isEqualTo("3 участника");
    assertThat(RussianFormat.count(11, "участник", "участника", "участников")).isEqualTo("11 участников");
    assertThat(RussianFormat.count(21, "участник", "участника", "участников")).isEqualTo("21 участник");
    assertThat(RussianFormat.count(71, "участник", "участника", "участников")).isEqualTo("71 участник");
    assertThat(RussianFormat.count(112, "участник", "участника", "участников")).isEqualTo("112 участников");
    assertThat(RussianFormat.count(124, "участник", "участника", "участников")).isEqualTo("124 участника");
  }
}
