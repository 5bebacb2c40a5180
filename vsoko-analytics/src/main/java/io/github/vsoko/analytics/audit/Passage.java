package io.github.vsoko.analytics.audit;

import java.util.Objects;

/**
 * A passage of a document that proves a requirement: its paragraph number (from 1) and text, shortened to 240
 * characters, or a row of the plan.
 *
 * @param paragraph the paragraph number, or 0 for evidence from the plan
 * @param text the passage
 * @since 0.1.0
 */
public record Passage(int paragraph, String text) {
  /** The longest passage kept. */
  public static final int MAX_LENGTH = 240;

  /** Validates and shortens. */
  public Passage {
    Objects.requireNonNull(text, "text");
    text = text.replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
    }
  }

  /** «абзац 33: «…»» or «план: «…»». */
  public String cite() {
    return (paragraph == 0 ? "план" : "абзац " + paragraph) + ": «" + text + "»";
  }
}
