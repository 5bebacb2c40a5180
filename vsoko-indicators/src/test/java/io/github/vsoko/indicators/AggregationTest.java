package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregationTest {
  private static final Source SOURCE = new Source("test", "1");

  private static IndicatorDefinition definition(Unit unit) {
    return new IndicatorDefinition("test.set", "1", "t", unit, Optional.empty(), Optional.empty(), SOURCE,
        Optional.empty(), IndicatorDefinition.defaultAggregation(unit));
  }

  @Test
  void sharesAreSummedByPartsNeverAveraged() {
    IndicatorValue v = Aggregation.aggregate(definition(Unit.PERSONS_SHARE), List.of(new Share(1, 2), new Share(1, 98)));
    assertThat(v).isEqualTo(new Share(2, 100));
  }

  @Test
  void meansAreSummedBySumsAndCounts() {
    IndicatorValue v = Aggregation.aggregate(definition(Unit.SCORE),
        List.of(new Mean(new BigDecimal("10"), 2), new Mean(new BigDecimal("40"), 8)));
    assertThat(v).isEqualTo(new Mean(new BigDecimal("50"), 10));
  }

  @Test
  void flagsBecomeCountsOfYes() {
    IndicatorValue v = Aggregation.aggregate(definition(Unit.FLAG), List.of(new Flag(true), new Flag(false), new Flag(true)));
    assertThat(v).isEqualTo(new Share(2, 3));
  }

  @Test
  void countsAndRatiosAreSummed() {
    assertThat(Aggregation.aggregate(definition(Unit.PERSONS), List.of(new Count(3), new Count(4)))).isEqualTo(new Count(7));
    assertThat(Aggregation.aggregate(definition(Unit.PERSONS_PER_PERSON), List.of(Ratio.of(1, 10), Ratio.of(3, 10))))
        .isEqualTo(Ratio.of(4, 20));
  }

  @Test
  void aMissingPartMakesTheAggregateMissingAndNotApplicablePartsAreLeftOut() {
    assertThat(Aggregation.aggregate(definition(Unit.PERSONS), List.of(new Count(3), new Missing("x"))))
        .isEqualTo(new Missing("нет значения у 1 из 2 организаций"));
    assertThat(Aggregation.aggregate(definition(Unit.SCORE),
        List.of(new Mean(BigDecimal.ONE, 1), new NotApplicable("нет ГИА")))).isEqualTo(new Mean(BigDecimal.ONE, 1));
  }
}
