package io.github.vsoko.indicators;

import io.github.vsoko.model.problem.DocumentLocation;
import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable snapshot of indicator sets (реестр показателей), from providers discovered with
 * {@link ServiceLoader} and from programmatic registration. A set id registered twice is an error
 * naming both providers; a provider that breaks is reported in {@link #problems()} and the others
 * still load.
 *
 * @since 0.1.0
 */
public final class IndicatorRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(IndicatorRegistry.class);

  private final Map<String, IndicatorSet> sets;
  private final Map<String, PolicyKey<?>> policies;
  private final List<Problem> problems;
  private final Map<String, String> origins;

  private IndicatorRegistry(Map<String, IndicatorSet> sets, Map<String, PolicyKey<?>> policies, List<Problem> problems,
      Map<String, String> origins) {
    this.sets = sets;
    this.policies = policies;
    this.problems = problems;
    this.origins = origins;
  }

  /**
   * Where a set comes from: «provider «order1324» (io.github.vsoko…Order1324Provider, file:/…/vsoko-indicators.jar)» or
   * «programmatic registration».
   */
  public Optional<String> origin(String setId) {
    return Optional.ofNullable(origins.get(setId));
  }

  /**
   * A registry of every provider on vsoko's class path or module path and, when it is set, through the
   * thread context class loader (where a host such as an application server or the CLI's {@code --plugins}
   * puts plugin jars). A provider class seen through both is loaded once.
   */
  public static IndicatorRegistry discover() {
    return builder().discover().build();
  }

  /**
   * A registry of every provider found through vsoko's own class loader and through {@code loader} (a
   * host's plugin class loader): the built-in sets come once, whatever the loader's parents are.
   */
  public static IndicatorRegistry discover(ClassLoader loader) {
    return builder().discover(loader).build();
  }

  /** A builder: add providers and sets, then build. */
  public static Builder builder() {
    return new Builder();
  }

  /** Sets in registration order. */
  public List<IndicatorSet> sets() {
    return List.copyOf(sets.values());
  }

  /** The set with an id. */
  public Optional<IndicatorSet> set(String id) {
    return Optional.ofNullable(sets.get(id));
  }

  /**
   * The set with an id.
   *
   * @throws IllegalArgumentException listing the known ids if there is none
   */
  public IndicatorSet requireSet(String id) {
    return set(id).orElseThrow(() -> new IllegalArgumentException(
        "нет набора показателей «" + id + "»; известны: " + sets.keySet()));
  }

  /** The definition with a full id («order1324.general/1.5»). */
  public Optional<IndicatorDefinition> definition(String id) {
    int slash = id.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    return set(id.substring(0, slash)).flatMap(s -> s.definition(id.substring(slash + 1)));
  }

  /** Policies declared by the providers, in declaration order. */
  public List<PolicyKey<?>> policies() {
    return List.copyOf(policies.values());
  }

  /** Providers that failed to load or register. */
  public List<Problem> problems() {
    return problems;
  }

  /** Builds an {@link IndicatorRegistry}. */
  public static final class Builder {
    private final Map<String, IndicatorSet> sets = new LinkedHashMap<>();
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final Map<String, PolicyKey<?>> policies = new LinkedHashMap<>();
    private final Map<String, String> policyOwners = new LinkedHashMap<>();
    private final java.util.Set<Class<?>> discoveredTypes = new java.util.HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Loads every {@link IndicatorProvider} that {@link ServiceLoader} finds through vsoko's own class loader and the
     * thread context class loader; calling it again adds nothing new.
     */
    public Builder discover() {
      return discover(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Loads every {@link IndicatorProvider} that {@link ServiceLoader} finds through vsoko's own class loader and
     * through {@code loader} (may be {@code null}: only vsoko's own). A provider class already loaded — the built-ins
     * seen again through a child loader — is skipped, so it never clashes with itself.
     */
    public Builder discover(ClassLoader loader) {
      ClassLoader own = IndicatorRegistry.class.getClassLoader();
      discoverThrough(own);
      if (loader != null && loader != own) {
        discoverThrough(loader);
      }
      return this;
    }

    private void discoverThrough(ClassLoader classLoader) {
      ServiceLoader<IndicatorProvider> loader = ServiceLoader.load(IndicatorProvider.class, classLoader);
      var iterator = loader.stream().iterator();
      while (true) {
        ServiceLoader.Provider<IndicatorProvider> candidate;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          candidate = iterator.next();
        } catch (ServiceConfigurationError e) {
          problems.add(Problem.error(DocumentLocation.of("META-INF/services/" + IndicatorProvider.class.getName()),
              "поставщик показателей не найден или не загружен").withCause(String.valueOf(e.getMessage())));
          LOG.warn("An indicator provider could not be found or loaded: {}", e.getMessage());
          continue;
        }
        if (!discoveredTypes.add(candidate.type())) {
          continue;
        }
        IndicatorProvider provider;
        try {
          provider = candidate.get();
        } catch (ServiceConfigurationError | RuntimeException e) {
          problems.add(Problem.error(DocumentLocation.field(location(candidate.type()), candidate.type().getName()),
              "поставщик показателей не создан и пропущен").withCause(e.toString()));
          LOG.warn("Indicator provider {} could not be created: {}", candidate.type().getName(), e.toString());
          continue;
        }
        provider(provider);
      }
    }

    /**
     * Registers a provider. A provider that throws is recorded as a problem; a duplicate set id is not
     * forgiven.
     *
     * @throws DuplicateIndicatorException naming both providers when a set id is taken
     */
    public Builder provider(IndicatorProvider provider) {
      Objects.requireNonNull(provider, "provider");
      String owner = "поставщик «" + provider.id() + "» " + version(provider) + " (" + provider.getClass().getName() + ", "
          + location(provider.getClass()) + ")";
      List<IndicatorSet> added = new ArrayList<>();
      List<PolicyKey<?>> declared = new ArrayList<>();
      try {
        provider.register(new RegistrationContext() {
          @Override
          public void addSet(IndicatorSet set) {
            added.add(Objects.requireNonNull(set, "set"));
          }

          @Override
          public void addPolicy(PolicyKey<?> policy) {
            declared.add(Objects.requireNonNull(policy, "policy"));
          }

          @Override
          public void addDeclarativeSet(String name, java.io.Reader yaml) {
            boolean builtIn = provider.getClass().getName().startsWith("io.github.vsoko.indicators.internal.");
            added.add(builtIn ? DeclarativeLoader.loadBuiltIn(name, yaml) : DeclarativeLoader.load(name, yaml));
          }
        });
      } catch (ProblemException e) {
        problems.addAll(e.problems());
        LOG.warn("Indicator {} failed while registering and is left out: {}", owner, e.getMessage());
        return this;
      } catch (RuntimeException e) {
        problems.add(Problem.error(DocumentLocation.field(location(provider.getClass()), provider.id()),
            "поставщик показателей «" + provider.id() + "» не зарегистрирован и пропущен").withCause(e.toString()));
        LOG.warn("Indicator {} failed while registering and is left out: {}", owner, e.toString());
        return this;
      }
      Optional<String> clash = policyClash(declared);
      if (clash.isPresent()) {
        problems.add(Problem.error(DocumentLocation.field(location(provider.getClass()), provider.id()), "поставщик «"
            + provider.id() + "» объявляет правило «" + clash.get() + "», уже объявленное: "
            + policyOwners.getOrDefault(clash.get(), "им же") + "; второе объявление отклонено вместе с поставщиком (" + owner
            + "); дайте правилу имя со своим префиксом").withCause(owner));
        LOG.warn("Indicator {} redeclares the policy {} of {}; left out", owner, clash.get(), policyOwners.get(clash.get()));
        return this;
      }
      boolean builtIn = provider.getClass().getName().startsWith("io.github.vsoko.indicators.internal.");
      for (IndicatorSet set : added) {
        if (!builtIn && (set.id().startsWith("order1324.") || set.id().startsWith("vsoko."))) {
          problems.add(Problem.error(DocumentLocation.field(location(provider.getClass()), provider.id()), "поставщик «"
              + provider.id() + "»: идентификаторы наборов «order1324.…» и «vsoko.…» зарезервированы за встроенными "
              + "наборами, получено «" + set.id() + "»; набор пропущен (возьмите свой префикс, например «region.…»)"));
          LOG.warn("Indicator {} tried to register the reserved set id {}; left out", owner, set.id());
        } else {
          add(set, owner);
        }
      }
      declared.forEach(p -> declare(p, owner));
      LOG.debug("Loaded {}: sets {}", owner, added.stream().map(s -> s.id() + " " + s.version()).toList());
      return this;
    }

    /**
     * Registers a set directly.
     *
     * @throws DuplicateIndicatorException naming both owners when the set id is taken
     */
    public Builder set(IndicatorSet set) {
      add(set, "регистрация из кода");
      return this;
    }

    /**
     * Declares policies directly. Declaring the same key again is harmless.
     *
     * @throws DuplicateIndicatorException naming both declarers when another key of the same name is declared
     */
    public Builder policies(Collection<PolicyKey<?>> keys) {
      List<PolicyKey<?>> list = List.copyOf(keys);
      Optional<String> clash = policyClash(list);
      if (clash.isPresent()) {
        throw new DuplicateIndicatorException("правило «" + clash.get() + "» объявлено дважды: " + policyOwners.getOrDefault(clash.get(), "регистрация из кода")
            + " и регистрация из кода");
      }
      list.forEach(p -> declare(p, "регистрация из кода"));
      return this;
    }

    /** The first policy name among {@code keys} already declared with another key (the same key again is no clash). */
    private Optional<String> policyClash(List<PolicyKey<?>> keys) {
      Map<String, PolicyKey<?>> seen = new LinkedHashMap<>(policies);
      for (PolicyKey<?> p : keys) {
        PolicyKey<?> before = seen.putIfAbsent(p.name(), p);
        if (before != null && before != p) {
          return Optional.of(p.name());
        }
      }
      return Optional.empty();
    }

    private void declare(PolicyKey<?> policy, String owner) {
      if (policies.putIfAbsent(policy.name(), policy) == null) {
        policyOwners.put(policy.name(), owner);
      }
    }

    private void add(IndicatorSet set, String owner) {
      String previous = owners.putIfAbsent(set.id(), owner);
      if (previous != null) {
        throw new DuplicateIndicatorException("набор показателей «" + set.id() + "» зарегистрирован дважды: " + previous
            + " и " + owner);
      }
      sets.put(set.id(), set);
    }

    /** Builds the immutable registry. */
    public IndicatorRegistry build() {
      return new IndicatorRegistry(
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sets)),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policies)),
          List.copyOf(problems), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(owners)));
    }

    private static String location(Class<?> type) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null ? "unknown location" : source.getLocation().toString();
    }
  }

  /** A provider's version, never failing the registration. */
  private static String version(IndicatorProvider provider) {
    try {
      String v = provider.version();
      return v == null || v.isBlank() ? "версия не указана" : v.strip();
    } catch (RuntimeException e) {
      return "версия не указана";
    }
  }
}
