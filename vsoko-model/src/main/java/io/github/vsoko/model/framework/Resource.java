package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;

/**
 * A resource of the ВСОКО (ресурс): информационное, кадровое, психолого-педагогическое,
 * материально-техническое обеспечение.
 *
 * @param kind the kind
 * @param description what it is
 * @since 0.1.0
 */
public record Resource(ResourceKind kind, String description) {
  /** Validates the resource. */
  public Resource {
    Checks.notNull(kind, "resource kind");
    description = Checks.text(description, "resource");
  }
}
