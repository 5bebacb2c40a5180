package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;
import java.util.List;

/**
 * A participant (субъект ВСОКО) with its functions: администрация, педагогический совет,
 * методические объединения, психологическая служба, управляющий совет…
 *
 * @param name the participant as named
 * @param functions what it does within the ВСОКО
 * @since 0.1.0
 */
public record Participant(String name, List<String> functions) {
  /** Validates the participant. */
  public Participant {
    name = Checks.text(name, "participant");
    functions = Checks.list(functions, "participant functions").stream()
        .map(f -> Checks.text(f, "participant function"))
        .toList();
  }
}
