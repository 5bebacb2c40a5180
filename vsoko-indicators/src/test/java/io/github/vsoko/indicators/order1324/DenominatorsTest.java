package io.github.vsoko.indicators.order1324;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.IndicatorDefinition;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every «человек/%» row of the three sets says what its share is taken of — the words the report prints under the
 * table («в общей численности учащихся»); a share without them could not be read.
 */
class DenominatorsTest {
  private static IndicatorSet set(String id) {
    return IndicatorRegistry.discover().requireSet(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"order1324.general", "order1324.preschool", "order1324.additional"})
  void everyShareNamesItsDenominator(String id) {
    assertThat(set(id).definitions()).filteredOn(d -> d.unit() == Unit.PERSONS_SHARE)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.denominator()).as(id + "/" + d.code()).isPresent());
  }

  /** The words, at the ends of the lists they are given by: the fifth level of events and projects, the ГИА bases. */
  @Test
  void theWordsOfTheDenominators() {
    assertThat(set("order1324.additional").definition("1.8.5").flatMap(IndicatorDefinition::denominator))
        .contains("общая численность учащихся (1.1)");
    assertThat(set("order1324.additional").definition("1.10.5").flatMap(IndicatorDefinition::denominator))
        .contains("общая численность учащихся (1.1)");
    assertThat(set("order1324.general").definition("1.13").flatMap(IndicatorDefinition::denominator))
        .contains("численность выпускников 11 класса");
    assertThat(set("order1324.general").definition("1.10").flatMap(IndicatorDefinition::denominator))
        .contains("численность выпускников 9 класса");
    assertThat(set("order1324.general").definition("1.1").flatMap(IndicatorDefinition::denominator)).isEmpty(); // a count
  }
}
