package io.github.vsoko.indicators.internal.analytics;

import io.github.vsoko.indicators.IndicatorProvider;
import io.github.vsoko.indicators.RegistrationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Registers the set {@code vsoko.analytics}: the indicators of the regulation of МБОУ СОШ № 29 plan of functioning that
 * order № 1324 does not have, written as a declarative set (the same SDK vendors use).
 */
public final class AnalyticsProvider implements IndicatorProvider {
  @Override
  public String id() {
    return "vsoko.analytics";
  }

  @Override
  public void register(RegistrationContext context) {
    try (InputStream in = AnalyticsProvider.class.getResourceAsStream("vsoko-analytics.yaml")) {
      if (in == null) {
        throw new IllegalStateException("vsoko-analytics.yaml is missing from vsoko-indicators");
      }
      context.addDeclarativeSet("vsoko-analytics.yaml", new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
