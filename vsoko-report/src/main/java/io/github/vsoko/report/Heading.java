package io.github.vsoko.report;

import java.util.Objects;

/**
 * A heading (заголовок раздела).
 *
 * @param level 1 for a section, 2 for a subsection, 3 below
 * @param text the text
 * @since 0.1.0
 */
public record Heading(int level, String text) implements Block {
  /** Validates. */
  public Heading {
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("heading level runs from 1 to 3, was " + level);
    }
    Objects.requireNonNull(text, "text");
  }
}
