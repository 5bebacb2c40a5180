package io.github.vsoko.indicators;

/**
 * Contributes indicator sets to a registry (поставщик показателей). Discovered with
 * {@link java.util.ServiceLoader}: declare it both as {@code provides
 * io.github.vsoko.indicators.IndicatorProvider with …} in {@code module-info.java} and in
 * {@code META-INF/services/io.github.vsoko.indicators.IndicatorProvider}.
 *
 * <p>The ids {@code order1324.*} and {@code vsoko.*} are reserved for built-in sets.
 *
 * @since 0.1.0
 */
public interface IndicatorProvider {
  /** A stable id naming the provider in diagnostics («order1324», «acme-region»). */
  String id();

  /** Registers the provider's sets and policies. */
  void register(RegistrationContext context);

  /**
   * The provider's version, shown by the registry's origin and {@code vsoko providers}: by default the
   * «Implementation-Version» of the provider's jar manifest, or «версия не указана» without one.
   */
  default String version() {
    String v = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "версия не указана" : v;
  }
}
