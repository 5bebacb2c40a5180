package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * A reference to an indicator in a registry, by id («order1324.general/1.5»).
 *
 * @param id the indicator id: a set id, «/», and the code
 * @since 0.1.0
 */
public record RegisteredIndicator(String id) implements IndicatorReference {
  /** Validates the id. */
  public RegisteredIndicator {
    id = Checks.text(id, "indicator id");
    if (!id.matches("[a-z][a-z0-9_.-]*/[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException(
          "indicator id must read «<set>/<code>» such as «order1324.general/1.5», was «" + id + "»");
    }
  }

  @Override
  public String display() {
    return id;
  }
}
