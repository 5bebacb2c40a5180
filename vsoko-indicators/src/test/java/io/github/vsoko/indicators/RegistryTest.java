package io.github.vsoko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.indicators.IndicatorProvider;
import io.github.vsoko.indicators.RegistrationContext;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {
  private static IndicatorSet set(String id) {
    return IndicatorSet.builder(id, "1", "Тест", new Source("test", "1"))
        .heading("1", "Раздел")
        .indicator("1.1", Unit.PERSONS, "Численность", ctx -> Calculation.of(new Count(ctx.data().students().size()), "n"))
        .build();
  }

  private static IndicatorProvider provider(String id, IndicatorSet set) {
    return declaring(id, null, set);
  }

  @Test
  void discoversTheBuiltInSetsThroughServiceLoader() {
    IndicatorRegistry registry = IndicatorRegistry.discover();
    assertThat(registry.sets()).extracting(IndicatorSet::id).contains("order1324.general");
    assertThat(registry.definition("order1324.general/1.5")).get()
        .satisfies(d -> assertThat(d.title()).startsWith("Численность/удельный вес численности учащихся, успевающих"));
    assertThat(registry.policies()).extracting(PolicyKey::name).contains("order1324.attestation-base");
    assertThat(registry.problems()).isEmpty();
  }

  @Test
  void aDuplicateSetIdNamesBothProviders() {
    assertThatThrownBy(() -> IndicatorRegistry.builder()
            .provider(provider("acme", set("acme.set"))).provider(provider("other", set("acme.set"))).build())
        .isInstanceOf(DuplicateIndicatorException.class)
        .hasMessageContaining("«acme.set» зарегистрирован дважды")
        .hasMessageContaining("поставщик «acme»")
        .hasMessageContaining("поставщик «other»");
  }

  @Test
  void aBrokenProviderIsReportedAndTheOthersStillLoad() {
    IndicatorProvider broken = new IndicatorProvider() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public void register(RegistrationContext context) {
        throw new IllegalStateException("boom");
      }
    };
    IndicatorRegistry registry = IndicatorRegistry.builder().provider(broken).provider(provider("ok", set("ok.set"))).build();
    assertThat(registry.sets()).extracting(IndicatorSet::id).containsExactly("ok.set");
    assertThat(registry.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().describe()).endsWith("поле «broken»");
      assertThat(p.message()).isEqualTo("поставщик показателей «broken» не зарегистрирован и пропущен");
      assertThat(p.cause()).hasValueSatisfying(c -> assertThat(c).contains("boom"));
    });
  }

  @Test
  void setsRejectBadStructure() {
    assertThatThrownBy(() -> IndicatorSet.builder("x.set", "1", "t", new Source("t", "1"))
            .indicator("1.1", Unit.PERSONS, "t", ctx -> null).build())
        .hasMessageContaining("names the parent «1», which does not come before it");
    assertThatThrownBy(() -> IndicatorSet.builder("x.set", "1", "t", new Source("t", "1"))
            .heading("1", "h").heading("1", "h").build())
        .hasMessageContaining("has the code «1» twice");
    assertThatThrownBy(() -> IndicatorRegistry.discover().requireSet("nope"))
        .hasMessageContaining("нет набора показателей «nope»").hasMessageContaining("order1324.general");
  }

  @Test
  void aFailingCalculatorYieldsAnErrorValueAndTheRestAreComputed() {
    IndicatorSet set = IndicatorSet.builder("x.set", "1", "t", new Source("t", "1"))
        .heading("1", "h")
        .indicator("1.1", Unit.PERSONS, "a", ctx -> {
          throw new IllegalStateException("данные повреждены");
        })
        .indicator("1.2", Unit.PERSONS, "b", ctx -> null)
        .indicator("1.3", Unit.PERSONS, "c", ctx -> Calculation.of(new Count(1), "1"))
        .build();
    SchoolData data = SchoolData.builder(Organization.of("o", "o", "o", OrganizationKind.GENERAL),
        ReportingPeriod.calendarYear(2024)).build();
    EvaluationResult r = IndicatorEvaluator.evaluate(set, data);
    assertThat(r.value("1.1")).get().isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.message()).isEqualTo("IllegalStateException: данные повреждены");
      assertThat(f.cause()).get().isInstanceOf(IllegalStateException.class);
      assertThat(f.stackTrace()).startsWith("java.lang.IllegalStateException: данные повреждены")
          .contains("RegistryTest.lambda$");
    });
    assertThat(IndicatorEvaluator.evaluate(set, data).value("1.1")).as("a second evaluation equals the first")
        .isEqualTo(r.value("1.1"));
    assertThat(r.value("1.2")).get().isInstanceOf(Failed.class);
    assertThat(r.value("1.3")).contains(new Count(1));
    assertThat(r.results()).extracting(x -> x.definition().code()).containsExactly("1", "1.1", "1.2", "1.3");
  }

  /** A provider of one set, declaring {@code policy} first unless it is {@code null}. */
  private static IndicatorProvider declaring(String id, PolicyKey<?> policy, IndicatorSet set) {
    return new IndicatorProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void register(RegistrationContext context) {
        if (policy != null) {
          context.addPolicy(policy);
        }
        context.addSet(set);
      }
    };
  }

  @Test
  void aSecondDeclarationOfAPolicyNameIsRefusedNamingBothDeclarers() {
    PolicyKey<Integer> first = PolicyKey.ofInt("acme.window", "окно", 3, 1, 5);
    PolicyKey<Integer> second = PolicyKey.ofInt("acme.window", "другое окно", 2, 1, 9);
    IndicatorRegistry registry = IndicatorRegistry.builder()
        .provider(declaring("acme", first, set("acme.one")))
        .provider(declaring("acme", first, set("acme.two"))) // the same key again is no clash
        .provider(declaring("other", second, set("other.set")))
        .build();
    assertThat(registry.policies()).containsExactly(first);
    assertThat(registry.policies().get(0).description()).isEqualTo("окно");
    assertThat(registry.set("other.set")).as("the redeclaring provider is left out").isEmpty();
    assertThat(registry.set("acme.two")).isPresent();
    assertThat(registry.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .contains("поставщик «other» объявляет правило «acme.window», уже объявленное: поставщик «acme»"));
    assertThatThrownBy(() -> IndicatorRegistry.builder().policies(List.of(first)).policies(List.of(second)))
        .isInstanceOf(DuplicateIndicatorException.class)
        .hasMessageContaining("правило «acme.window» объявлено дважды: регистрация из кода и регистрация из кода");
  }

  @Test
  void everyOrder1324PolicyQuotesTheWordsItReads() {
    for (PolicyKey<?> p : io.github.vsoko.indicators.order1324.Order1324Policies.all()) {
      assertThat(p.wording()).as("the order's words of %s", p.name()).get().asString().containsPattern("^\\d\\.\\d+.*: .*«.+»");
    }
    PolicyKey<Integer> plain = PolicyKey.ofInt("acme.n", "n", 1, 0, 2);
    assertThat(plain.wording()).isEmpty();
    assertThat(plain.withWording("«слова»").wording()).contains("«слова»");
    assertThat(plain.withWording("«слова»")).isEqualTo(plain);
  }

  @Test
  void policiesParseFromTextWithClearErrors() {
    List<PolicyKey<?>> known = IndicatorRegistry.discover().policies();
    Policies p = Policies.parse(java.util.Map.of("order1324.attestation-base", "graded-students"), known);
    assertThat(p.explicit()).containsKey("order1324.attestation-base");
    assertThatThrownBy(() -> Policies.parse(java.util.Map.of("order1324.attestation-base", "half"), known))
        .hasMessageContaining("ожидается одно из [ALL_STUDENTS, GRADED_STUDENTS], получено «half»");
    assertThatThrownBy(() -> Policies.parse(java.util.Map.of("nope", "1"), known)).hasMessageContaining("неизвестное правило «nope»");
    assertThatThrownBy(() -> Policies.parse(java.util.Map.of("order1324.training-window-years", "0"), known))
        .hasMessageContaining("от 1 до 10");
  }
}
