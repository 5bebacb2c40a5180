package io.github.vsoko.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.IndicatorProvider;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.PolicyKey;
import io.github.vsoko.indicators.RegistrationContext;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * The conformance contract of an indicator provider (поставщик показателей). Implement it in a test class and return
 * a new instance of your provider; jqwik runs every check:
 *
 * <pre>{@code
 * class AcmeProviderConformanceTest implements IndicatorProviderContract {
 *   public IndicatorProvider provider() { return new AcmeIndicators(); }
 * }
 * }</pre>
 *
 * <p>The checks, each a named test whose message says what is wrong and how to fix it:
 * {@code idAndVersionAreStated}; {@code registersWithoutProblems}; {@code usesNoReservedIds};
 * {@code registersTheSameEveryTime}; {@code loadsBesideTheBuiltIns}. Each set it registers should pass
 * {@link IndicatorSetContract} too.
 *
 * @since 0.1.0
 */
public interface IndicatorProviderContract {
  /** A new instance of the provider under test. */
  IndicatorProvider provider();

  /** What a provider registers, captured (vsoko's own through the registry, which lets them use the reserved ids). */
  private Registered register() {
    if (builtIn(provider())) {
      IndicatorRegistry registry = IndicatorRegistry.builder().provider(provider()).build();
      return new Registered(registry.sets(), registry.policies());
    }
    Registered r = new Registered(new ArrayList<>(), new ArrayList<>());
    provider().register(new RegistrationContext() {
      @Override
      public void addSet(IndicatorSet set) {
        r.sets().add(set);
      }

      @Override
      public void addPolicy(PolicyKey<?> policy) {
        r.policies().add(policy);
      }

      @Override
      public void addDeclarativeSet(String name, Reader yaml) {
        r.sets().add(io.github.vsoko.indicators.DeclarativeIndicators.load(name, yaml));
      }
    });
    return r;
  }

  /** A stable id and a version, never failing. */
  @Example
  default void idAndVersionAreStated() {
    String id = provider().id();
    assertThat(id).withFailMessage("id() поставщика должен быть непустым, строчными латинскими буквами, цифрами, точками и "
        + "дефисами («acme-region»): по нему поставщика называют в ошибках, было «%s»", id).matches("[a-z][a-z0-9.-]*");
    assertThat(provider().id()).withFailMessage("id() поставщика должен быть постоянным").isEqualTo(id);
    assertThat(provider().version()).withFailMessage("version() поставщика пуст: верните версию или оставьте метод по "
        + "умолчанию (Implementation-Version из манифеста jar)").isNotBlank();
  }

  /** Registration succeeds, adds something, and the registry records no problem. */
  @Example
  default void registersWithoutProblems() {
    Registered r = register();
    assertThat(r.sets().isEmpty() && r.policies().isEmpty()).withFailMessage("поставщик %s ничего не зарегистрировал: "
        + "вызовите context.addSet(…) или context.addDeclarativeSet(…)", provider().id()).isFalse();
    IndicatorRegistry registry = IndicatorRegistry.builder().provider(provider()).build();
    assertThat(registry.problems()).withFailMessage("поставщик %s зарегистрирован с ошибками: %s", provider().id(),
        registry.problems()).isEmpty();
  }

  /** Set ids and policy names keep out of vsoko's reserved prefixes. */
  @Example
  default void usesNoReservedIds() {
    if (builtIn(provider())) {
      return; // vsoko's own providers own the reserved ids
    }
    Registered r = register();
    for (IndicatorSet set : r.sets()) {
      assertThat(set.id().startsWith("order1324.") || set.id().startsWith("vsoko.")).withFailMessage("набор «%s»: "
          + "идентификаторы «order1324.…» и «vsoko.…» зарезервированы за встроенными наборами; возьмите свой префикс "
          + "(«region.…», «acme.…»)", set.id()).isFalse();
    }
    for (PolicyKey<?> policy : r.policies()) {
      assertThat(policy.name().startsWith("order1324.") || policy.name().startsWith("vsoko.")).withFailMessage("правило «%s»:"
          + " имена «order1324.…» и «vsoko.…» заняты встроенными правилами; читайте их через Order1324Policies, а свои "
          + "называйте со своим префиксом", policy.name()).isFalse();
    }
  }

  /** Two registrations give the same sets (ids, versions, definitions) and policies. */
  @Example
  default void registersTheSameEveryTime() {
    Registered first = register();
    Registered second = register();
    assertThat(describe(second)).withFailMessage("поставщик %s регистрирует разное при каждом вызове: %s и %s; набор не "
        + "должен зависеть от времени, окружения или порядка загрузки", provider().id(), describe(first), describe(second))
        .isEqualTo(describe(first));
  }

  /** Registered beside the built-ins, nothing clashes. */
  @Example
  default void loadsBesideTheBuiltIns() {
    IndicatorRegistry builtIns = IndicatorRegistry.discover();
    Set<String> ours = register().sets().stream().map(IndicatorSet::id).collect(Collectors.toSet());
    if (builtIns.sets().stream().anyMatch(s -> ours.contains(s.id()))) {
      return; // already on the class path through META-INF/services: discovered with the built-ins
    }
    IndicatorRegistry both = IndicatorRegistry.builder().discover().provider(provider()).build();
    assertThat(both.problems()).withFailMessage("рядом со встроенными наборами поставщик %s даёт ошибки: %s", provider().id(),
        both.problems()).isEmpty();
    assertThat(both.sets().stream().map(IndicatorSet::id).toList()).containsAll(ours);
  }

  private static boolean builtIn(IndicatorProvider provider) {
    return provider.getClass().getName().startsWith("io.github.vsoko.indicators.internal.");
  }

  private static List<String> describe(Registered r) {
    List<String> lines = new ArrayList<>();
    r.sets().forEach(s -> lines.add(s.id() + " " + s.version() + " " + s.definitions()));
    r.policies().forEach(p -> lines.add(p.name() + "=" + p.print(p.defaultValue())));
    return lines;
  }
}
