package io.github.vsoko.report;

import java.util.Objects;

/**
 * A paragraph (абзац) of plain text; renderers escape it for their format.
 *
 * @param text the text
 * @param kind text, a gap to complete by hand, or a note
 * @since 0.1.0
 */
public record Paragraph(String text, ParagraphKind kind) implements Block {
  /** Validates. */
  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  /** A paragraph of generated text. */
  public static Paragraph text(String text) {
    return new Paragraph(text, ParagraphKind.TEXT);
  }

  /** A gap to complete by hand. */
  public static Paragraph gap(String text) {
    return new Paragraph(text, ParagraphKind.GAP);
  }

  /** A note. */
  public static Paragraph note(String text) {
    return new Paragraph(text, ParagraphKind.NOTE);
  }
}
