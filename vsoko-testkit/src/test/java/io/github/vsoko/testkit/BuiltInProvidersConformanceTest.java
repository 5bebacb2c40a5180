package io.github.vsoko.testkit;

import io.github.vsoko.indicators.IndicatorProvider;
import java.util.ServiceLoader;
import net.jqwik.api.Group;

/** vsoko's own providers, as ServiceLoader gives them, pass the provider contract. */
class BuiltInProvidersConformanceTest {
  /** A built-in provider by its id. */
  private abstract static class BuiltIn implements IndicatorProviderContract {
    private final String id;

    BuiltIn(String id) {
      this.id = id;
    }

    @Override
    public IndicatorProvider provider() {
      return ServiceLoader.load(IndicatorProvider.class).stream().map(ServiceLoader.Provider::get)
          .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
  }

  @Group
  class Order1324 extends BuiltIn {
    Order1324() {
      super("order1324");
    }
  }

  @Group
  class Analytics extends BuiltIn {
    Analytics() {
      super("vsoko.analytics");
    }
  }
}
