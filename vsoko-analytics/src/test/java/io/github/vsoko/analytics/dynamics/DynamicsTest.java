package io.github.vsoko.analytics.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.indicators.EvaluationOptions;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.analytics.vpr.VprDistributions;
import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.model.fixtures.SmallSchool;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DynamicsTest {
  @Test
  void changesAndTrendByHand() {
    Series s = Series.of("x", Map.of(2020, new BigDecimal("10"), 2021, new BigDecimal("12"), 2022, new BigDecimal("17"),
        2024, new BigDecimal("20")));
    assertThat(s.change(2021)).contains(new BigDecimal("2"));
    assertThat(s.change(2024)).contains(new BigDecimal("3"));
    assertThat(s.change(2020)).isEmpty();
    // years 2020, 2021, 2022, 2024 (mean 2021.75), values 10, 12, 17, 20 (mean 14.75): Σdxdy = 22.75, Σdx² = 8.75, slope 2.6
    assertThat(s.trend(5)).contains(new BigDecimal("2.6000"));
    assertThat(Series.of("y", Map.of(2020, BigDecimal.ONE, 2021, BigDecimal.ONE)).trend(3)).isEmpty();
    assertThatThrownBy(() -> s.trend(7)).hasMessageContaining("3 to 5 years");
  }

  @Test
  void anIndicatorAcrossYears() {
    Series students = Dynamics.indicator(IndicatorRegistry.discover().requireSet("order1324.general"), SmallSchool.data(), "1.1",
        List.of(2023, 2024), EvaluationOptions.defaults());
    assertThat(students.name()).isEqualTo("order1324.general/1.1");
    // on 31.12.2024: 10 students; on 31.12.2023 also the 2024 graduates (10) and s11: 21
    assertThat(students.values()).containsEntry(2024, new BigDecimal("10"));
    assertThat(students.values().get(2023)).isGreaterThan(students.values().get(2024));
  }

  private static VprResult row(int year, int score) {
    return new VprResult(year + "-" + score + "-" + Math.random(), "A", Optional.empty(), SchoolSubject.MATHEMATICS, Grade.of(4),
        year, Optional.of("1"), false, List.of(), OptionalInt.of(score), Optional.empty(), Optional.empty());
  }

  @Test
  void aRiseOfTheShareOfTwoByTenPointsIsNegative() {
    VprDistributions d = new VprDistributions(VprScales.forAll(new VprScale(5, 10, 15, OptionalInt.of(20))));
    // 2023: 1 «2» of 10 (10 %); 2024: 3 of 10 (30 %, +20 п.п.); 2025: 3 of 10 (30 %, 0)
    for (int year : List.of(2023, 2024, 2025)) {
      int twos = year == 2023 ? 1 : 3;
      for (int i = 0; i < 10; i++) {
        d.accept(row(year, i < twos ? 2 : 12));
      }
    }
    Series twos = Dynamics.vprTwoShare(d.result(), "Математика", 4, "all", "все");
    assertThat(twos.values()).containsEntry(2023, new BigDecimal("10.00")).containsEntry(2024, new BigDecimal("30.00"));
    assertThat(Dynamics.negativeTwoDynamics(twos)).containsExactly(2024);
  }

  /**
   * Three values are enough for a trend (over the last three years only: 2021 is left out of «trend(3)»); the slope of
   * 5, 6, 10 over 2022–2024 is 2,5 — and of a series shifted by a constant, the same.
   */
  @Test
  void aTrendOverExactlyThreeYears() {
    Series s = Series.of("x", Map.of(2021, new BigDecimal("100"), 2022, new BigDecimal("5"), 2023, new BigDecimal("6"),
        2024, new BigDecimal("10")));
    assertThat(s.trend(3)).contains(new BigDecimal("2.5000"));
    assertThat(Series.of("y", Map.of(2022, new BigDecimal("5"), 2023, new BigDecimal("6"), 2024, new BigDecimal("10"))).trend(3))
        .contains(new BigDecimal("2.5000"));
    assertThat(Series.of("z", Map.of(2022, new BigDecimal("105"), 2023, new BigDecimal("106"), 2024, new BigDecimal("110")))
        .trend(4)).contains(new BigDecimal("2.5000"));
  }

  /** A rise of exactly ten points is negative dynamics; 9,99 is not. */
  @Test
  void aRiseOfExactlyTheAlarmIsNegative() {
    Series twos = Series.of("x", Map.of(2022, new BigDecimal("10.00"), 2023, new BigDecimal("20.00"), 2024, new BigDecimal("29.99")));
    assertThat(Dynamics.negativeTwoDynamics(twos)).containsExactly(2023);
  }

  /** A count as it is, a share in percent to two places, a mean to two places; an unknown code is named. */
  @Test
  void theNumberAValueStandsFor() {
    var set = IndicatorRegistry.discover().requireSet("order1324.general");
    var values = io.github.vsoko.indicators.IndicatorEvaluator.evaluate(set, SmallSchool.data(), EvaluationOptions.defaults());
    assertThat(Dynamics.number(values.value("1.1").orElseThrow())).contains(new BigDecimal("10"));
    assertThat(Dynamics.number(values.value("1.11").orElseThrow()).orElseThrow().scale()).isEqualTo(2); // средний балл ЕГЭ
    assertThat(Dynamics.number(values.value("1.6").orElseThrow()).orElseThrow().scale()).isEqualTo(2); // a share
    assertThatThrownBy(() -> Dynamics.indicator(set, SmallSchool.data(), "9.99", List.of(2024), EvaluationOptions.defaults()))
        .hasMessageContaining("«9.99»");
  }
}
