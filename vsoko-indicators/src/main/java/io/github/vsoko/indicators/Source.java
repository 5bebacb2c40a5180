package io.github.vsoko.indicators;

import java.util.Objects;

/**
 * Where an indicator comes from (источник): a document and its edition.
 *
 * @param document the document («Приказ Минобрнауки России от 10.12.2013 № 1324, приложение № 2»)
 * @param edition the edition or amendment it follows («ред. от 15.02.2017»), or the vendor's version
 * @since 0.1.0
 */
public record Source(String document, String edition) {
  /** Validates the source. */
  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(edition, "edition");
    if (document.isBlank()) {
      throw new IllegalArgumentException("source document must not be blank");
    }
  }
}
