package io.github.vsoko.analytics.audit;

import java.util.List;
import java.util.Objects;

/**
 * The text of a regulation (положение о ВСОКО) as paragraphs in order (lines of a text file, paragraphs and table rows of
 * a DOCX, blocks of an HTML page); the audit cites them by number, from 1.
 *
 * @param source where it came from (a file name)
 * @param paragraphs the paragraphs
 * @since 0.1.0
 */
public record RegulationText(String source, List<String> paragraphs) {
  /** Validates and copies. */
  public RegulationText {
    Objects.requireNonNull(source, "source");
    paragraphs = List.copyOf(paragraphs);
  }
}
