package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The set ids «order1324.…» and «vsoko.…» belong to the built-ins: a vendor's Java provider cannot take them either. */
class ReservedIdsTest {
  private static IndicatorProvider provider(String setId) {
    return new IndicatorProvider() {
      @Override
      public String id() {
        return "vendor";
      }

      @Override
      public void register(RegistrationContext context) {
        context.addSet(IndicatorSet.builder(setId, "1", "Набор", new Source("Приказ", "2025"))
            .indicator("1", Unit.PERSONS, "Численность", ctx -> Calculation.of(new Count(1), "1")).build());
      }
    };
  }

  @Test
  void aJavaProviderCannotTakeAReservedId() {
    IndicatorRegistry registry = IndicatorRegistry.builder().discover().provider(provider("vsoko.mine"))
        .provider(provider("order1324.general2")).provider(provider("region.mine")).build();
    assertThat(registry.set("vsoko.mine")).isEmpty();
    assertThat(registry.set("order1324.general2")).isEmpty();
    assertThat(registry.set("region.mine")).isPresent();
    assertThat(registry.set("order1324.general")).isPresent();
    assertThat(registry.problems()).extracting(Object::toString).hasSize(2)
        .allSatisfy(p -> assertThat(p).contains("зарезервированы за встроенными наборами", "набор пропущен"));
  }

  @Test
  void aProviderStatesItsVersionInTheOrigin() {
    IndicatorProvider versioned = new IndicatorProvider() {
      @Override
      public String id() {
        return "vendor";
      }

      @Override
      public String version() {
        return "2.3.1";
      }

      @Override
      public void register(RegistrationContext context) {
        context.addSet(IndicatorSet.builder("region.versioned", "1", "Набор", new Source("Приказ", "2025"))
            .indicator("1", Unit.PERSONS, "Численность", ctx -> Calculation.of(new Count(1), "1")).build());
      }
    };
    IndicatorRegistry registry = IndicatorRegistry.builder().provider(versioned).provider(provider("region.plain")).build();
    assertThat(registry.origin("region.versioned")).hasValueSatisfying(o -> assertThat(o).contains("поставщик «vendor» 2.3.1"));
    assertThat(registry.origin("region.plain")).hasValueSatisfying(o -> assertThat(o).contains("версия не указана"));
  }
}
