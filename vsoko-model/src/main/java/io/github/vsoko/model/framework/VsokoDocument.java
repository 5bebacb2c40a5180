package io.github.vsoko.model.framework;

import io.github.vsoko.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A document of the ВСОКО (документ ВСОКО) with its approval and publication.
 *
 * @param type what document it is
 * @param title title as written
 * @param approvedOn when it was approved (приказ, протокол)
 * @param publishedOn when it was put on the school's site
 * @param url where it is published
 * @since 0.1.0
 */
public record VsokoDocument(
    VsokoDocumentType type, String title, Optional<LocalDate> approvedOn, Optional<LocalDate> publishedOn,
    Optional<String> url) {
  /** Validates the document. */
  public VsokoDocument {
    Checks.notNull(type, "document type");
    title = Checks.text(title, "document title");
    Checks.notNull(approvedOn, "approvedOn");
    Checks.notNull(publishedOn, "publishedOn");
    url = Checks.optionalText(url, "url");
    if (approvedOn.isPresent() && publishedOn.isPresent() && publishedOn.get().isBefore(approvedOn.get())) {
      throw new IllegalArgumentException("document «" + title + "» is published (" + publishedOn.get()
          + ") before it is approved (" + approvedOn.get() + ")");
    }
  }

  /** A document with no dates or address. */
  public static VsokoDocument of(VsokoDocumentType type, String title) {
    return new VsokoDocument(type, title, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
