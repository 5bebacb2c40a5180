package io.github.vsoko.indicators;

import java.util.Objects;

/**
 * A provider that could not be loaded or failed while registering; the other providers still load.
 *
 * @param provider the provider's id or class
 * @param location where it was loaded from (jar or directory)
 * @param message what went wrong
 * @since 0.1.0
 */
public record RegistryProblem(String provider, String location, String message) {
  /** Validates the problem. */
  public RegistryProblem {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }
}
