package io.github.vsoko.report;

import java.util.Objects;

/**
 * A link (ссылка) to another file, relative to the report's own («self-assessment.pdf»).
 *
 * @param label the text shown
 * @param target the relative file name; never an absolute URL or a path outside the folder
 * @since 0.1.0
 */
public record Link(String label, String target) {
  /** Validates: the target is a plain file name. */
  public Link {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(target, "target");
    if (target.isEmpty() || target.contains("/") || target.contains("\\") || target.contains(":") || target.startsWith(".")) {
      throw new IllegalArgumentException("a link target is a file name in the same folder, was «" + target + "»");
    }
  }
}
