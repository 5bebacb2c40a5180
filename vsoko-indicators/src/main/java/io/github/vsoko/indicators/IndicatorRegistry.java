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

  /** A registry of every provider on the class path or module path. */
  public static IndicatorRegistry discover() {
    return builder().discover().build();
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
    private final List<Problem> problems = new ArrayList<>();

    private Builder() {}

    /** Loads every {@link IndicatorProvider} that {@link ServiceLoader} finds. */
    public Builder discover() {
      ServiceLoader<IndicatorProvider> loader = ServiceLoader.load(IndicatorProvider.class, IndicatorRegistry.class.getClassLoader());
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
      return this;
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
      declared.forEach(p -> policies.putIfAbsent(p.name(), p));
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

    /** Declares policies directly. */
    public Builder policies(Collection<PolicyKey<?>> keys) {
      keys.forEach(p -> policies.putIfAbsent(p.name(), p));
      return this;
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
